"""Fit a conversation into a model's context window by dropping low-priority messages."""

import re
from dataclasses import dataclass

TOKEN = re.compile(r"\w+|[^\w\s]")
MESSAGE_OVERHEAD = 4  # role markers and separators the chat template adds per message


@dataclass(frozen=True)
class Message:
    role: str
    content: str
    priority: int = 0  # higher survives longer: the system prompt and pinned facts


@dataclass
class FitResult:
    messages: list[Message]
    dropped: int
    tokens: int


def count_tokens(text: str) -> int:
    return len(TOKEN.findall(text))


def message_cost(message: Message) -> int:
    return count_tokens(message.content) + MESSAGE_OVERHEAD


def truncate_tokens(text: str, max_tokens: int, marker: str = " [...]") -> str:
    """Cut `text` after its first `max_tokens` tokens, marking the cut."""
    for index, match in enumerate(TOKEN.finditer(text)):
        if index == max_tokens:
            return text[:match.start()].rstrip() + marker
    return text


def fit_to_budget(messages: list[Message], budget: int) -> FitResult:
    """Keep the highest-priority messages (newest first among equals) whose costs fit in
    `budget` tokens, in their original order."""
    ranked = sorted(range(len(messages)), key=lambda i: (messages[i].priority, i))
    kept: set[int] = set()
    used = 0
    for index in ranked:
        cost = message_cost(messages[index])
        if used + cost <= budget:
            kept.add(index)
            used += cost
    survivors = [message for index, message in enumerate(messages) if index in kept]
    return FitResult(survivors, len(messages) - len(survivors), used)
