"""Keeps an agent's chat history within a token budget, dropping the oldest unpinned turns."""

from dataclasses import dataclass, field


@dataclass
class Message:
    role: str
    content: str
    tokens: int
    pinned: bool = False


@dataclass
class ContextWindow:
    budget: int
    messages: list[Message] = field(default_factory=list)
    used: int = 0
    evicted_total: int = 0

    def add(self, message: Message) -> list[Message]:
        """Appends message; returns the messages dropped to make room for it."""
        self.messages.append(message)
        self.used += message.tokens
        return self._evict()

    def pop_last(self) -> Message:
        """Takes back the newest message, e.g. a user turn that is being edited."""
        message = self.messages.pop()
        return message

    def replace(self, index: int, content: str, tokens: int) -> list[Message]:
        """Swaps a message's content (a tool result shortened, a turn rewritten)."""
        old = self.messages[index]
        self.messages[index] = Message(old.role, content, tokens, old.pinned)
        self.used += tokens - old.tokens
        return self._evict()

    def _evict(self) -> list[Message]:
        evicted: list[Message] = []
        while self.used > self.budget:
            # The newest message always stays: the model must see what it is answering.
            victim = next((m for m in self.messages[:-1] if not m.pinned), None)
            if victim is None:
                break
            self.messages.remove(victim)
            self.used -= victim.tokens
            evicted.append(victim)
        self.evicted_total += len(evicted)
        return evicted

    def render(self) -> list[dict[str, str]]:
        return [{"role": m.role, "content": m.content} for m in self.messages]
