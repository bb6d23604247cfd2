"""Binary search helpers over ascending sequences."""

from collections.abc import Sequence


def find(items: Sequence[int], target: int) -> int:
    """Return an index of ``target`` in ``items``, or -1 when it is absent."""
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def lower_bound(items: Sequence[int], target: int) -> int:
    """First index whose item is >= ``target`` (``len(items)`` if there is none)."""
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def contains(items: Sequence[int], target: int) -> bool:
    return find(items, target) != -1
