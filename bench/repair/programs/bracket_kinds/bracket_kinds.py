"""Finds the first bracket error in a text with several bracket kinds, skipping quoted strings."""

from dataclasses import dataclass

DEFAULT_PAIRS = "()[]{}"


@dataclass(frozen=True)
class BracketError:
    kind: str  # "mismatch", "unexpected" (closer with nothing open) or "unclosed"
    position: int  # offending closer, or the innermost opener left open
    char: str


def first_error(
    text: str, pairs: str = DEFAULT_PAIRS, quotes: str = "\"'"
) -> BracketError | None:
    """pairs lists each opener followed by its closer, e.g. "()[]{}<>"."""
    if len(pairs) % 2:
        raise ValueError(f"pairs must come as opener/closer couples: {pairs!r}")
    openers = pairs[:2]
    closer_for = dict(zip(openers, pairs[1::2]))
    closers = set(closer_for.values())
    stack: list[tuple[int, str]] = []
    quote: str | None = None
    for position, char in enumerate(text):
        if quote is not None:
            if char == quote:
                quote = None
            continue
        if char in quotes:
            quote = char
        elif char in closers:
            if not stack:
                return BracketError("unexpected", position, char)
            if closer_for[stack[-1][1]] != char:
                return BracketError("mismatch", position, char)
            stack.pop()
        elif char in openers:
            stack.append((position, char))
    if stack:
        position, char = stack[-1]
        return BracketError("unclosed", position, char)
    return None


def is_balanced(text: str, pairs: str = DEFAULT_PAIRS) -> bool:
    return first_error(text, pairs) is None
