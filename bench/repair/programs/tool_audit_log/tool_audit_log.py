"""Append-only audit log of the tool calls an agent makes on behalf of users."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class User:
    id: str
    org: str


@dataclass(frozen=True)
class Session:
    id: str
    user: User
    model: str


@dataclass(frozen=True)
class ToolCall:
    tool: str
    arguments: dict[str, object]
    session: Session


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    org: str
    user_id: str
    session_id: str
    tool: str
    allowed: bool

    def line(self) -> str:
        verdict = "allow" if self.allowed else "deny"
        return f"{self.at.isoformat()} {self.org}/{self.user_id} {self.tool} {verdict}"


@dataclass
class AuditLog:
    entries: list[AuditEntry] = field(default_factory=list)

    def record(self, call: ToolCall, allowed: bool, at: datetime) -> AuditEntry:
        entry = AuditEntry(
            at=at,
            org=call.session.user.org,
            user_id=call.session.id,
            session_id=call.session.id,
            tool=call.tool,
            allowed=allowed,
        )
        self.entries.append(entry)
        return entry

    def for_user(self, user_id: str) -> list[AuditEntry]:
        return [entry for entry in self.entries if entry.user_id == user_id]

    def denials_by_tool(self, org: str) -> Counter[str]:
        return Counter(e.tool for e in self.entries if e.org == org and not e.allowed)

    def export(self, since: datetime) -> str:
        return "\n".join(entry.line() for entry in self.entries if entry.at >= since)
