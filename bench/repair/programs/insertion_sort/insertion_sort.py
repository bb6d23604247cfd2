"""Insertion sort, stable, for short lists of records."""

from collections.abc import Callable, Iterable
from typing import Any


def insertion_sort(values: Iterable[Any], key: Callable[[Any], Any] = lambda v: v) -> list[Any]:
    """Return a new list with ``values`` in ascending order of ``key``; equal keys keep order."""
    result = list(values)
    for i in range(1, len(result)):
        item = result[i]
        j = i - 1
        while j >= 0 and key(result[j]) > key(item):
            result[j + 1] = result[j]
            j -= 1
        result[j] = item
    return result


def is_sorted(values: list[Any], key: Callable[[Any], Any] = lambda v: v) -> bool:
    return all(key(a) <= key(b) for a, b in zip(values, values[1:]))
