"""Stable bottom-up merge sort with a key function (iterative, so long inputs never recurse)."""

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def _identity(item: Any) -> Any:
    return item


def merge_runs(left: list[T], right: list[T], key: Callable[[T], Any]) -> list[T]:
    """Merge two sorted runs; on equal keys the left run goes first, which keeps it stable."""
    merged: list[T] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def merge_sort(items: Sequence[T], key: Callable[[T], Any] = _identity) -> list[T]:
    """Return a new list with items sorted by key; items with equal keys keep their order."""
    result = list(items)
    n = len(result)
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            result[lo:] = merge_runs(result[lo:mid], result[mid:hi], key)
        width *= 2
    return result


def is_sorted(items: Sequence[T], key: Callable[[T], Any] = _identity) -> bool:
    return all(key(a) <= key(b) for a, b in zip(items, items[1:]))
