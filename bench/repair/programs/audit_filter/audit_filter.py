"""Query an agent's audit trail: which principal did what to which resource, and when."""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Principal:
    id: str
    kind: str  # "user", "agent" or "service"


@dataclass(frozen=True)
class Resource:
    kind: str  # "file", "secret", "tool", "repo", ...
    id: str


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime
    kind: str  # "tool_call", "read", "write", "permission_change", ...
    actor: Principal
    target: Resource
    allowed: bool = True


Matcher = Callable[[AuditEvent, Any], bool]

MATCHERS: dict[str, Matcher] = {
    "kinds": lambda event, kinds: event.kind in kinds,
    "actor_ids": lambda event, ids: event.actor.id in ids,
    "actor_kinds": lambda event, kinds: event.actor.kind in kinds,
    "target_kinds": lambda event, kinds: event.kind in kinds,
    "target_ids": lambda event, ids: event.target.id in ids,
    "since": lambda event, since: event.at >= since,
    "until": lambda event, until: event.at < until,
    "denied_only": lambda event, denied_only: not denied_only or not event.allowed,
}


def filter_events(events: Iterable[AuditEvent], **query: Any) -> Iterator[AuditEvent]:
    """Events matching every given filter; a filter given as None is ignored."""
    unknown = sorted(set(query) - set(MATCHERS))
    if unknown:
        raise ValueError(f"unknown audit filter(s): {', '.join(unknown)}")
    active = [(MATCHERS[name], value) for name, value in query.items() if value is not None]
    for event in events:
        if all(matches(event, value) for matches, value in active):
            yield event


def denials_by_actor(events: Iterable[AuditEvent]) -> dict[str, int]:
    """How often each principal was refused, most refused first."""
    counts = Counter(event.actor.id for event in filter_events(events, denied_only=True))
    return dict(counts.most_common())
