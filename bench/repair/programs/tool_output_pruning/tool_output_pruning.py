"""Agent conversation history that stubs out old tool outputs to stay within a size budget."""

from dataclasses import dataclass, replace

PRUNED = "[old tool output removed]"


@dataclass(frozen=True)
class Message:
    role: str  # "user", "assistant" or "tool"
    content: str
    tool_call_id: str | None = None


class History:
    def __init__(self, tool_budget: int, keep_recent: int = 2) -> None:
        self.tool_budget = tool_budget
        self.keep_recent = keep_recent
        self.messages: list[Message] = []
        self.tool_chars = 0  # characters of tool output currently in the history

    def append(self, message: Message) -> None:
        self.messages.append(message)
        if message.role == "tool":
            self.tool_chars += len(message.content)

    def rewind(self, length: int) -> list[Message]:
        """Keep the first `length` messages (e.g. to retry a turn); returns the dropped ones."""
        dropped = self.messages[length:]
        del self.messages[length:]
        return dropped

    def prune(self) -> int:
        """Stub out the oldest tool outputs until the rest fit the budget.

        The newest `keep_recent` tool outputs are never touched. Returns how many were stubbed.
        """
        live = [i for i, m in enumerate(self.messages) if m.role == "tool" and m.content != PRUNED]
        candidates = live[: max(len(live) - self.keep_recent, 0)]
        stubbed = 0
        for index in candidates:
            if self.tool_chars <= self.tool_budget:
                break
            old = self.messages[index]
            self.messages[index] = replace(old, content=PRUNED)
            self.tool_chars += len(PRUNED) - len(old.content)
            stubbed += 1
        return stubbed

    def as_payload(self) -> list[dict[str, str]]:
        payload = []
        for message in self.messages:
            entry = {"role": message.role, "content": message.content}
            if message.tool_call_id is not None:
                entry["tool_call_id"] = message.tool_call_id
            payload.append(entry)
        return payload
