"""Delivers webhook events to their subscribers, retrying transient failures.

Network failures and 5xx/429 answers are retried up to max_attempts; other 4xx answers are
final. Anything else the sender raises is a bug in our code and propagates.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Sender = Callable[[str, bytes], int]  # (url, body) -> HTTP status


@dataclass
class Subscription:
    url: str
    events: set[str]


@dataclass
class Delivery:
    url: str
    delivered: bool = False
    attempts: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class WebhookDispatcher:
    send: Sender
    max_attempts: int = 3
    subscriptions: list[Subscription] = field(default_factory=list)

    def subscribe(self, url: str, *events: str) -> None:
        self.subscriptions.append(Subscription(url, set(events)))

    def publish(self, event: str, data: dict[str, Any]) -> list[Delivery]:
        body = json.dumps({"event": event, "data": data}, sort_keys=True).encode()
        return [
            self._deliver(sub.url, body)
            for sub in self.subscriptions
            if event in sub.events or "*" in sub.events
        ]

    def _deliver(self, url: str, body: bytes) -> Delivery:
        delivery = Delivery(url)
        while delivery.attempts < self.max_attempts:
            delivery.attempts += 1
            try:
                status = self.send(url, body)
            except ConnectionError as exc:
                delivery.errors.append(f"{type(exc).__name__}: {exc}")
                continue
            if 200 <= status < 300:
                delivery.delivered = True
                break
            delivery.errors.append(f"HTTP {status}")
            if status < 500 and status != 429:
                break
        return delivery
