"""The messages sent to the model: pinned ones always, then as much recent history as fits."""

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    role: str
    text: str
    tokens: int


class ContextWindow:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.pinned: list[Message] = []
        self.history: deque[Message] = deque()
        self.used = 0
        self.evicted = 0

    def pin(self, message: Message) -> None:
        """Keep a message (system prompt, task statement) for the whole conversation."""
        if sum(m.tokens for m in self.pinned) + message.tokens > self.limit:
            raise ValueError("pinned messages alone exceed the context window")
        self.pinned.append(message)
        self._evict()

    def push(self, message: Message) -> None:
        self.history.append(message)
        self.used += message.tokens
        self._evict()

    def _evict(self) -> None:
        while self.history and self.used >= self.limit:
            dropped = self.history.popleft()
            self.used -= dropped.tokens
            self.evicted += 1

    def messages(self) -> list[Message]:
        return [*self.pinned, *self.history]

    @property
    def free(self) -> int:
        return self.limit - self.used
