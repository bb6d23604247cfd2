"""The session picker: most recently updated conversations first."""

from dataclasses import dataclass


@dataclass(frozen=True)
class SessionInfo:
    session_id: str
    title: str
    updated_at: float
    archived: bool = False


def recent_sessions(
    sessions: list[SessionInfo], limit: int = 10, include_archived: bool = False
) -> list[SessionInfo]:
    visible = [s for s in sessions if include_archived or not s.archived]
    return sorted(visible, key=lambda s: s.updated_at)[:limit]


def titles(sessions: list[SessionInfo]) -> list[str]:
    return [s.title or "(untitled)" for s in sessions]
