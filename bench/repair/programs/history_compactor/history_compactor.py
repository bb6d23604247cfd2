"""Keeps a chat history inside the context window by summarizing its older part."""

from collections.abc import Callable

Message = dict[str, str]


class HistoryCompactor:
    def __init__(self, summarize: Callable[[list[Message]], str], keep_recent: int = 6) -> None:
        self.summarize = summarize
        self.keep_recent = keep_recent
        self.compactions = 0

    @staticmethod
    def _conversation(messages: list[Message]) -> list[Message]:
        return [message for message in messages if message["role"] != "system"]

    def needs_compaction(self, messages: list[Message]) -> bool:
        return len(self._conversation(messages)) > self.keep_recent

    def compact(self, messages: list[Message]) -> list[Message]:
        """System messages, then one summary of the older turns, then the recent turns."""
        if not self.needs_compaction(messages):
            return list(messages)
        system = [message for message in messages if message["role"] == "system"]
        conversation = self._conversation(messages)
        split = len(conversation) - self.keep_recent
        older, recent = conversation[:split], conversation[split:]
        # a tool result must stay right after the assistant message that asked for it
        while split > 0 and conversation[split]["role"] == "tool":
            split -= 1
        if not older:
            return list(messages)
        summary = self.summarize(older)
        self.compactions += 1
        note = {"role": "user", "content": f"[Summary of {len(older)} earlier messages]\n{summary}"}
        return [*system, note, *recent]
