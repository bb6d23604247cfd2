"""Lexicographic permutations, used to enumerate tool orderings in tests."""

from collections.abc import Iterator, Sequence
from typing import Any


def next_permutation(seq: Sequence[Any]) -> list[Any] | None:
    """The next permutation of ``seq`` in lexicographic order, or None after the last one."""
    items = list(seq)
    i = len(items) - 2
    while i >= 0 and items[i] > items[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(items) - 1
    while items[j] <= items[i]:
        j -= 1
    items[i], items[j] = items[j], items[i]
    items[i:] = reversed(items[i:])
    return items


def all_permutations(seq: Sequence[Any]) -> Iterator[list[Any]]:
    current: list[Any] | None = sorted(seq)
    while current is not None:
        yield current
        current = next_permutation(current)
