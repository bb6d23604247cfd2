"""Longest-common-prefix helpers for path grouping and tab completion."""

from collections.abc import Iterable, Sequence


def pair_prefix(a: str, b: str) -> str:
    length = 0
    for x, y in zip(a, b):
        if x != y:
            break
        length += 1
    return a[:length]


def common_prefix(words: Sequence[str]) -> str:
    """Longest prefix shared by all words (divide and conquer)."""
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    middle = len(words) // 2
    left = common_prefix(words[:middle])
    right = common_prefix(words[middle + 1:])
    return pair_prefix(left, right)


def common_directory(paths: Sequence[str]) -> str:
    """Deepest directory that contains every one of the '/'-separated paths."""
    prefix = common_prefix(paths)
    cut = prefix.rfind("/")
    if cut <= 0:
        return "/" if prefix.startswith("/") else ""
    return prefix[:cut]


def complete(typed: str, candidates: Iterable[str]) -> str:
    """Text a shell would insert after `typed`: what every matching candidate shares."""
    matches = [candidate for candidate in candidates if candidate.startswith(typed)]
    if not matches:
        return ""
    return common_prefix(matches)[len(typed):]
