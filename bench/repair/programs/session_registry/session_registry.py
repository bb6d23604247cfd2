"""Open agent sessions with a per-user cap and idle expiry."""

from dataclasses import dataclass


class SessionLimitError(Exception):
    pass


@dataclass
class Session:
    id: str
    user: str
    last_active: float


class SessionRegistry:
    def __init__(self, max_per_user: int, idle_timeout: float) -> None:
        self.max_per_user = max_per_user
        self.idle_timeout = idle_timeout
        self.sessions: dict[str, Session] = {}
        self.open_per_user: dict[str, int] = {}
        self.ended: list[tuple[str, str]] = []  # (session id, why it ended)

    def open(self, session_id: str, user: str, now: float) -> Session:
        if self.open_per_user.get(user, 0) >= self.max_per_user:
            raise SessionLimitError(f"{user} already has {self.max_per_user} open sessions")
        session = Session(session_id, user, now)
        self.sessions[session_id] = session
        self.open_per_user[user] = self.open_per_user.get(user, 0) + 1
        return session

    def touch(self, session_id: str, now: float) -> None:
        self.sessions[session_id].last_active = now

    def close(self, session_id: str) -> None:
        session = self.sessions.pop(session_id)
        self.open_per_user[session.user] -= 1
        self.ended.append((session_id, "closed"))

    def expire_idle(self, now: float) -> list[str]:
        """End every session idle for at least idle_timeout; returns their ids."""
        idle = [s for s in self.sessions.values() if now - s.last_active >= self.idle_timeout]
        for session in idle:
            del self.sessions[session.id]
            self.ended.append((session.id, "expired"))
        return [session.id for session in idle]

    def open_count(self, user: str) -> int:
        return self.open_per_user.get(user, 0)
