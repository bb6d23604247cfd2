"""Assemble a system prompt from prioritized parts under a character limit.

Required parts are always included. Optional parts are considered by priority (highest
first, ties in the order given) and added when they fit; a part that does not fit is
skipped, and a smaller one considered later may still fit. Blank parts are ignored. The
chosen parts are joined with `separator` in the order they were given, and the
separators count towards the limit.
"""

from __future__ import annotations

from dataclasses import dataclass


class PromptTooLarge(ValueError):
    pass


@dataclass
class Part:
    name: str
    text: str
    priority: int = 0
    required: bool = False


def choose(parts: list[Part], max_chars: int, separator: str = "\n\n") -> list[Part]:
    parts = [part for part in parts if part.text.strip()]
    order = sorted(range(len(parts)),
                   key=lambda i: (not parts[i].required, -parts[i].priority))
    chosen: set[int] = set()
    used = 0
    for index in order:
        part = parts[index]
        cost = len(part.text)
        if used + cost > max_chars:
            if part.required:
                raise PromptTooLarge(f"required part {part.name!r} does not fit")
            continue
        chosen.add(index)
        used += cost
    return [parts[i] for i in sorted(chosen)]


def assemble(parts: list[Part], max_chars: int, separator: str = "\n\n") -> str:
    return separator.join(part.text for part in choose(parts, max_chars, separator))


def skipped(parts: list[Part], max_chars: int, separator: str = "\n\n") -> list[str]:
    kept = {id(part) for part in choose(parts, max_chars, separator)}
    return [part.name for part in parts if part.text.strip() and id(part) not in kept]
