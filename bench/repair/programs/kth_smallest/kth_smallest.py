"""Order statistics by quickselect."""

from collections.abc import Sequence


def kth_smallest(values: Sequence[int], k: int) -> int:
    """The k-th smallest value, k counted from 0."""
    if not 0 <= k < len(values):
        raise IndexError("k out of range")
    pivot = values[len(values) // 2]
    below = [v for v in values if v < pivot]
    above = [v for v in values if v > pivot]
    equal_count = len(values) - len(below) - len(above)
    if k < len(below):
        return kth_smallest(above, k)
    if k < len(below) + equal_count:
        return pivot
    return kth_smallest(above, k - len(below) - equal_count)


def median_low(values: Sequence[int]) -> int:
    return kth_smallest(values, (len(values) - 1) // 2)
