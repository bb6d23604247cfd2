"""Lookups in a sorted list of distinct values that was rotated at an unknown pivot."""


def rotation_point(values: list[int]) -> int:
    """Index of the smallest value: how far the sorted list was rotated (0 if empty)."""
    lo, hi = 0, len(values) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] > values[hi]:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_rotated(values: list[int], target: int) -> int:
    """Index of target in values, or -1 when it is absent."""
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if values[mid] == target:
            return mid
        if values[lo] <= values[mid]:
            if target < values[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if values[mid] < target <= values[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def unrotate(values: list[int]) -> list[int]:
    """The original sorted list."""
    pivot = rotation_point(values)
    return values[pivot:] + values[:pivot]
