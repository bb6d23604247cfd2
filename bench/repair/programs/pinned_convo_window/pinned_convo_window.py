"""Choose the messages of a conversation that are sent to the model.

System messages and pinned messages are always sent. The rest of the token budget goes
to the most recent other messages: they are taken newest first and taking stops at the
first one that does not fit, so the history that is sent has no holes. The messages keep
their original order.
"""

from __future__ import annotations

from typing import Callable

Message = dict


def estimate_tokens(message: Message) -> int:
    return len(message["content"]) // 4 + 4


def fit_window(messages: list[Message], max_tokens: int,
               count: Callable[[Message], int] = estimate_tokens) -> list[Message]:
    keep: set[int] = set()
    used = 0
    for index, message in enumerate(messages):
        if message["role"] == "system" and message.get("pinned", False):
            keep.add(index)
            used += count(message)
    if used > max_tokens:
        raise ValueError(f"system and pinned messages need {used} tokens, over {max_tokens}")
    for index in range(len(messages) - 1, -1, -1):
        if index in keep:
            continue
        cost = count(messages[index])
        if used + cost > max_tokens:
            break
        keep.add(index)
        used += cost
    return [messages[i] for i in sorted(keep)]


def dropped_count(messages: list[Message], max_tokens: int,
                  count: Callable[[Message], int] = estimate_tokens) -> int:
    return len(messages) - len(fit_window(messages, max_tokens, count))
