"""Conversation session with a token budget; total_tokens must equal the sum over messages."""

from dataclasses import dataclass


class BudgetExceeded(Exception):
    pass


@dataclass
class Message:
    role: str
    content: str
    tokens: int


class Session:
    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens
        self.messages: list[Message] = []
        self.total_tokens = 0

    def add(self, message: Message) -> None:
        if self.total_tokens + message.tokens > self.max_tokens:
            raise BudgetExceeded(f"{message.tokens} tokens do not fit")
        self.messages.append(message)
        self.total_tokens += message.tokens

    def pop(self) -> Message:
        message = self.messages.pop()
        self.total_tokens -= message.tokens
        return message

    def drop_oldest(self) -> Message | None:
        """Remove the oldest non-system message to make room."""
        for index, message in enumerate(self.messages):
            if message.role != "system":
                del self.messages[index]
                return message
        return None

    def clear(self, keep_system: bool = True) -> None:
        self.messages = [m for m in self.messages if keep_system and m.role == "system"]

    def remaining(self) -> int:
        return self.max_tokens - self.total_tokens
