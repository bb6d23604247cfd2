"""Decides when an agent folds older conversation turns into a summary, and which ones."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    role: str
    content: str
    is_summary: bool = False


def estimate_tokens(message: Message) -> int:
    return len(message.content) // 4 + 4


@dataclass
class SummaryPolicy:
    context_window: int
    trigger_ratio: float = 0.75
    min_new_messages: int = 6
    keep_recent: int = 4

    def tokens_used(self, history: list[Message]) -> int:
        return sum(estimate_tokens(message) for message in history)

    def messages_since_summary(self, history: list[Message]) -> int:
        for distance, message in enumerate(reversed(history)):
            if message.is_summary:
                return distance
        return len(history)

    def should_summarize(self, history: list[Message]) -> bool:
        used = self.tokens_used(history)
        if used < self.trigger_ratio * self.context_window:
            return False
        if used >= self.context_window:
            return True
        return self.messages_since_summary(history) >= self.min_new_messages

    def split(self, history: list[Message]) -> tuple[list[Message], list[Message]]:
        """(to_summarize, to_keep), both in their original order within each part."""
        pinned: list[Message] = []
        foldable: list[Message] = []
        for message in history:
            if message.role == "system":
                pinned.append(message)
            else:
                foldable.append(message)
        cut = max(len(foldable) - self.keep_recent, 0)
        return foldable[:cut], pinned + foldable[cut:]
