"""Keeps an agent's working memory within a token budget by folding old turns into a summary."""

from collections.abc import Callable
from dataclasses import dataclass, field


def estimate_tokens(text: str | None) -> int:
    """Rough token count: about four characters a token."""
    return (len(text) + 3) // 4


@dataclass
class Turn:
    role: str
    content: str | None
    tool_calls: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return estimate_tokens(self.content) + 8 * len(self.tool_calls)


Summarizer = Callable[[str, list[Turn]], str]


@dataclass
class MemoryWindow:
    max_tokens: int
    summarize: Summarizer
    keep_recent: int = 4
    summary: str = ""
    turns: list[Turn] = field(default_factory=list)
    folded: int = 0

    def add(self, turn: Turn) -> None:
        self.turns.append(turn)
        if self.used_tokens() > self.max_tokens:
            self.compact()

    def used_tokens(self) -> int:
        return estimate_tokens(self.summary) + sum(turn.tokens for turn in self.turns)

    def compact(self) -> None:
        """Fold all but the last keep_recent turns into the running summary."""
        cut = max(len(self.turns) - self.keep_recent, 0)
        old, recent = self.turns[:cut], self.turns[cut:]
        if not old:
            return
        self.summary = self.summarize(self.summary, old)
        self.folded += len(old)
        self.turns = recent

    def messages(self) -> list[dict[str, str]]:
        out = []
        if self.summary:
            out.append({"role": "system", "content": f"Earlier conversation: {self.summary}"})
        out += [{"role": turn.role, "content": turn.content or ""} for turn in self.turns]
        return out
