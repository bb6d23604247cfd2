"""Paragraph filling that minimises raggedness (the sum of squared trailing gaps)."""

from math import inf


def _line_length(words: list[str]) -> int:
    return sum(map(len, words)) + len(words) - 1


def break_points(words: list[str], width: int) -> list[int]:
    """Indices where each line after the first starts, chosen to minimise the sum over
    all lines but the last of (width - line length) ** 2. Words are joined by one space.
    """
    if any(len(word) > width for word in words):
        raise ValueError(f"a word is longer than {width} columns")
    count = len(words)
    best = [0.0] * (count + 1)
    next_start = [count] * (count + 1)
    for start in range(count - 1, -1, -1):
        best[start] = inf
        length = -1
        for end in range(start + 1, count + 1):
            length += len(words[end - 1]) + 1
            if length > width:
                break
            cost = (width - length) ** 2
            if cost + best[end] < best[start]:
                best[start] = cost + best[end]
                next_start[start] = end
    breaks = []
    position = next_start[0]
    while position < count:
        breaks.append(position)
        position = next_start[position]
    return breaks


def fill(text: str, width: int) -> list[str]:
    """The words of text laid out in lines of at most width columns."""
    words = text.split()
    if not words:
        return []
    starts = [0, *break_points(words, width), len(words)]
    return [" ".join(words[a:b]) for a, b in zip(starts, starts[1:])]


def raggedness(lines: list[str], width: int) -> int:
    """The cost fill minimises: squared gaps of every line except the last."""
    return sum((width - len(line)) ** 2 for line in lines[:-1])
