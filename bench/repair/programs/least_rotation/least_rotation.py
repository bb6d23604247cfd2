"""Lexicographically least rotation of a string, in linear time, and what it is good for:
a canonical form for strings that are equal up to rotation (necklaces)."""

from collections.abc import Iterable


def least_rotation(text: str) -> int:
    """Smallest start index of the lexicographically least rotation of text.

    Two candidate starts i and j are compared k characters in; on the first mismatch the
    loser and the k positions after it cannot start a least rotation and are skipped.
    """
    size = len(text)
    i, j, k = 0, 1, 0
    while i < size and j < size and k < size:
        a, b = text[(i + k) % size], text[(j + k) % size]
        if a == b:
            k += 1
            continue
        if a > b:
            i += k + 1
        else:
            j += k + 1
        k = 0
    return min(i, j) if size else 0


def canonical(text: str) -> str:
    start = least_rotation(text)
    return text[start:] + text[:start]


def is_rotation(first: str, second: str) -> bool:
    return len(first) == len(second) and canonical(first) == canonical(second)


def necklace_groups(words: Iterable[str]) -> list[list[str]]:
    """Words grouped by rotation; groups in order of first appearance."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(canonical(word), []).append(word)
    return list(groups.values())
