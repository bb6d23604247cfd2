"""In-process event bus for agent lifecycle events ("tool.start", "turn.end", ...)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Handler = Callable[[str, dict[str, Any]], None]
WILDCARD = "*"


@dataclass(frozen=True)
class Subscription:
    token: int
    topic: str
    handler: Handler
    once: bool = False


class EventBus:
    def __init__(self) -> None:
        self._by_topic: dict[str, list[Subscription]] = {}
        self._tokens = itertools.count(1)

    def subscribe(self, topic: str, handler: Handler, *, once: bool = False) -> int:
        """Register a handler for a topic (or "*" for every topic); returns its token."""
        subscription = Subscription(next(self._tokens), topic, handler, once)
        self._by_topic.setdefault(topic, []).append(subscription)
        return subscription.token

    def unsubscribe(self, token: int) -> bool:
        for topic, subscriptions in self._by_topic.items():
            kept = [s for s in subscriptions if s.token != token]
            if len(kept) == len(subscriptions):
                continue
            if kept:
                del self._by_topic[topic]
            else:
                self._by_topic[topic] = kept
            return True
        return False

    def publish(self, topic: str, payload: dict[str, Any]) -> int:
        """Call the topic's handlers, then the wildcard ones; returns how many ran."""
        targets = [*self._by_topic.get(topic, []), *self._by_topic.get(WILDCARD, [])]
        for subscription in targets:
            if subscription.once:
                self.unsubscribe(subscription.token)
            subscription.handler(topic, payload)
        return len(targets)

    def topics(self) -> list[str]:
        """Topics that currently have at least one subscriber."""
        return sorted(self._by_topic)
