"""In-place three-way partitioning (Dijkstra's Dutch national flag problem)."""

from collections.abc import Callable, MutableSequence
from typing import TypeVar

T = TypeVar("T")


def three_way_partition(
    items: MutableSequence[T], key: Callable[[T], int], pivot: int
) -> tuple[int, int]:
    """Reorder items in place: key below pivot first, then equal, then above.

    Returns (lt_end, gt_start): items[:lt_end] are below the pivot, items[gt_start:]
    above it, and everything in between equals it. One pass, O(1) extra space.
    """
    low, mid, high = 0, 0, len(items) - 1
    while mid < high:
        current = key(items[mid])
        if current < pivot:
            items[low], items[mid] = items[mid], items[low]
            low += 1
            mid += 1
        elif current > pivot:
            items[mid], items[high] = items[high], items[mid]
            high -= 1
        else:
            mid += 1
    return low, high + 1


def sort_colors(colors: list[int]) -> list[int]:
    """Sort a list holding only 0, 1 and 2 in one pass; returns the same list."""
    three_way_partition(colors, lambda color: color, 1)
    return colors


def split_by_priority(
    tasks: list[tuple[str, int]], normal: int
) -> tuple[list[str], list[str], list[str]]:
    """Names of (urgent, normal, deferred) tasks; a lower number is more urgent."""
    ordered = list(tasks)
    lt_end, gt_start = three_way_partition(ordered, lambda task: task[1], normal)
    names = [name for name, _ in ordered]
    return names[:lt_end], names[lt_end:gt_start], names[gt_start:]
