"""Binary-search helpers over a sorted list: bounds, occurrence ranges, insertion points."""

from collections.abc import Sequence


def lower_bound(items: Sequence[int], target: int) -> int:
    """Index of the first element >= target (len(items) when there is none)."""
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(items: Sequence[int], target: int) -> int:
    """Index of the first element > target (len(items) when there is none)."""
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def occurrence_range(items: Sequence[int], target: int) -> tuple[int, int] | None:
    """(first, last) index of target, or None when it does not occur."""
    first = lower_bound(items, target)
    if first == len(items) or items[first] != target:
        return None
    return first, upper_bound(items, target) - 1


def count_between(items: Sequence[int], low: int, high: int) -> int:
    """How many elements lie in the closed interval [low, high]."""
    if low > high:
        return 0
    return upper_bound(items, high) - lower_bound(items, low)


def insert_sorted(items: list[int], value: int) -> int:
    """Insert value after any equal elements, keeping items sorted; returns its index."""
    index = upper_bound(items, value)
    items.insert(index, value)
    return index
