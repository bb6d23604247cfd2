"""Tracks the live chat sessions of many users from the gateway's event stream."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Event = dict[str, Any]


@dataclass
class Session:
    session_id: str
    user_id: str
    started_at: float
    last_seen: float
    messages: int = 0


@dataclass
class SessionTracker:
    idle_timeout: float = 900.0
    sessions: dict[str, Session] = field(default_factory=dict)

    def apply(self, event: Event) -> None:
        handler = HANDLERS.get(event["type"])
        if handler is not None:
            handler(self, event)

    def active_for(self, user_id: str) -> list[str]:
        return sorted(s.session_id for s in self.sessions.values() if s.user_id == user_id)

    def users_online(self) -> set[str]:
        return {s.user_id for s in self.sessions.values()}

    def expire_idle(self, now: float) -> list[str]:
        """Drop sessions with no activity for longer than idle_timeout; returns their ids."""
        stale = [
            sid for sid, s in self.sessions.items() if now - s.started_at > self.idle_timeout
        ]
        for sid in stale:
            del self.sessions[sid]
        return sorted(stale)


def _opened(tracker: SessionTracker, event: Event) -> None:
    sid = event["session_id"]
    tracker.sessions[sid] = Session(sid, event["user_id"], event["at"], event["at"])


def _message(tracker: SessionTracker, event: Event) -> None:
    session = tracker.sessions.get(event["session_id"])
    if session is not None:
        session.messages += 1
        session.last_seen = event["at"]


def _closed(tracker: SessionTracker, event: Event) -> None:
    tracker.sessions.pop(event["session_id"], None)


HANDLERS: dict[str, Callable[[SessionTracker, Event], None]] = {
    "session.opened": _opened,
    "message": _message,
    "session.closed": _closed,
}
