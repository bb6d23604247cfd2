"""Fits a chat history into the model's context budget."""

from collections.abc import Callable
from typing import Any

Msg = dict[str, Any]


def word_tokens(message: Msg) -> int:
    return len(str(message["content"]).split()) + 1


def truncate(messages: list[Msg], budget: int, count: Callable[[Msg], int] = word_tokens) -> list[Msg]:
    """Keep a leading system message plus the most recent messages that fit; order is kept."""
    if not messages:
        return []
    head = messages[:1] if messages[0]["role"] == "system" else []
    body = messages[1:]
    remaining = budget - sum(count(m) for m in head)
    kept: list[Msg] = []
    for message in reversed(body):
        cost = count(message)
        if cost > remaining:
            break
        kept.append(message)
        remaining -= cost
    return head + kept[::-1]
