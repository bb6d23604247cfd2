"""Exponential (galloping) search in a sorted sequence.

Useful when the target is likely near the front of a long list: the cost is
O(log i) where i is the target's position, not O(log n).
"""

from collections.abc import Sequence


def exponential_search(items: Sequence[int], target: int) -> int:
    """Index of `target` in the ascending sequence `items`, or -1 if it is absent."""
    if not items:
        return -1
    if items[0] == target:
        return 0
    bound = 1
    while bound < len(items) and items[bound] < target:
        bound *= 2
    return _binary_search(items, target, bound // 2, min(bound, len(items)))


def _binary_search(items: Sequence[int], target: int, low: int, high: int) -> int:
    """Binary search in the half-open range items[low:high]."""
    while low < high:
        mid = (low + high) // 2
        if items[mid] < target:
            low = mid + 1
        elif items[mid] > target:
            high = mid
        else:
            return mid
    return -1


def contains(items: Sequence[int], target: int) -> bool:
    return exponential_search(items, target) != -1
