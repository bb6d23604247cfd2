"""Full justification of a paragraph into lines of a fixed width."""

from collections.abc import Iterator


def pack_words(words: list[str], width: int) -> Iterator[list[str]]:
    """Group words greedily into lines no wider than width; a longer word gets a line alone."""
    line: list[str] = []
    length = 0
    for word in words:
        if line and length + 1 + len(word) > width:
            yield line
            line, length = [], 0
        length += len(word) + (1 if line else 0)
        line.append(word)
    if line:
        yield line


def justify_line(words: list[str], width: int) -> str:
    """Spread words over width; leftmost gaps get the extra spaces."""
    gaps = len(words) - 1
    if gaps == 0:
        return words[0].ljust(width)
    spaces = width - sum(len(word) for word in words)
    base, extra = divmod(spaces, gaps)
    parts = []
    for index, word in enumerate(words[:-1]):
        parts.append(word + " " * (base + (1 if index < extra else 0)))
    parts.append(words[-1])
    return "".join(parts)


def justify(text: str, width: int, *, last_line_full: bool = False) -> list[str]:
    """Justified lines of text; the last line stays left-aligned unless last_line_full."""
    lines = list(pack_words(text.split(), width))
    result = []
    for number, words in enumerate(lines, start=1):
        if number == len(lines) and last_line_full:
            result.append(" ".join(words).ljust(width))
        else:
            result.append(justify_line(words, width))
    return result
