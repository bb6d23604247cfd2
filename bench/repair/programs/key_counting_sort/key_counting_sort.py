"""Stable counting sort on small integer keys, and an LSD radix sort built on it."""

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def counting_sort(items: Sequence[T], key: Callable[[T], int], max_key: int) -> list[T]:
    """Stable sort of items by key(item); every key must lie in 0..max_key."""
    counts = [0] * (max_key + 1)
    for item in items:
        counts[key(item)] += 1
    starts = [0] * (max_key + 1)
    for k in range(1, max_key):
        starts[k] = starts[k - 1] + counts[k - 1]
    result = list(items)
    for item in items:
        k = key(item)
        result[starts[k]] = item
        starts[k] += 1
    return result


class _Digit:
    def __init__(self, place: int, base: int) -> None:
        self.place = place
        self.base = base

    def __call__(self, value: int) -> int:
        return value // self.place % self.base


def radix_sort(values: Sequence[int], base: int = 10) -> list[int]:
    """Sort non-negative ints one digit at a time, least significant digit first."""
    result = list(values)
    if not result:
        return result
    largest = max(result)
    place = 1
    while place <= largest:
        result = counting_sort(result, _Digit(place, base), base - 1)
        place *= base
    return result


def sort_by_length(words: Sequence[str]) -> list[str]:
    """Words ordered by length; words of equal length keep their order."""
    longest = max((len(word) for word in words), default=0)
    return counting_sort(words, len, longest)
