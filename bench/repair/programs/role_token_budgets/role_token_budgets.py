"""Per-role token budgets for a chat transcript before it is sent to the model."""

from dataclasses import dataclass, field
from typing import Any

Message = dict[str, Any]

CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD = 4


def message_tokens(message: Message) -> int:
    """Rough token estimate: content characters / 4, rounded up, plus per-message framing."""
    content = message.get("content")
    if isinstance(content, list):
        content = "".join(part.get("text", "") for part in content if part.get("type") == "text")
    return MESSAGE_OVERHEAD + -(-len(content) // CHARS_PER_TOKEN)


@dataclass
class RoleBudgets:
    limits: dict[str, int] = field(default_factory=dict)
    default_limit: int = 2000
    protected_roles: frozenset[str] = frozenset({"system"})

    def limit_for(self, role: str) -> int:
        return self.limits.get(role, self.default_limit)

    def usage(self, messages: list[Message]) -> dict[str, int]:
        totals: dict[str, int] = {}
        for message in messages:
            role = message["role"]
            totals[role] = totals.get(role, 0) + message_tokens(message)
        return totals

    def over_budget(self, messages: list[Message]) -> list[str]:
        usage = self.usage(messages)
        return sorted(role for role, used in usage.items() if used > self.limit_for(role))

    def trim(self, messages: list[Message]) -> list[Message]:
        """Drop the oldest messages of every role over its budget; protected roles stay."""
        remaining = self.usage(messages)
        kept: list[Message] = []
        for message in messages:
            role = message["role"]
            if role not in self.protected_roles and remaining[role] > self.limit_for(role):
                remaining[role] -= message_tokens(message)
                continue
            kept.append(message)
        return kept
