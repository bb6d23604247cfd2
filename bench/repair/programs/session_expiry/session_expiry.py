"""Agent chat sessions that expire after an idle timeout or an absolute lifetime."""

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Session:
    user: str
    created: float
    last_seen: float
    state: dict[str, Any] = field(default_factory=dict)


class SessionStore:
    def __init__(
        self,
        idle_timeout: float,
        max_lifetime: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.max_lifetime = max_lifetime
        self._clock = clock
        self._sessions: dict[str, Session] = {}

    def open(self, user: str) -> str:
        token = secrets.token_urlsafe(16)
        now = self._clock()
        self._sessions[token] = Session(user, created=now, last_seen=now)
        return token

    def is_expired(self, session: Session, now: float) -> bool:
        idle = now - session.last_seen >= self.idle_timeout
        too_old = now - session.created >= self.max_lifetime
        return idle and too_old

    def get(self, token: str) -> Session | None:
        """The live session for a token (refreshing its idle timer), else None."""
        session = self._sessions.get(token)
        if session is None:
            return None
        now = self._clock()
        if self.is_expired(session, now):
            del self._sessions[token]
            return None
        session.last_seen = now
        return session

    def close(self, token: str) -> bool:
        return self._sessions.pop(token, None) is not None

    def sweep(self) -> int:
        """Drop every expired session; returns how many were dropped."""
        now = self._clock()
        stale = [token for token, s in self._sessions.items() if self.is_expired(s, now)]
        for token in stale:
            del self._sessions[token]
        return len(stale)

    def active_users(self) -> set[str]:
        now = self._clock()
        return {s.user for s in self._sessions.values() if not self.is_expired(s, now)}
