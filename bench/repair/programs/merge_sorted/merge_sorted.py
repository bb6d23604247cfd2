"""Merging of sorted runs, e.g. log lines from several workers ordered by time."""

from typing import Any


def merge(left: list[Any], right: list[Any]) -> list[Any]:
    """Merge two ascending lists into one; on ties the left item comes first."""
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    return result


def merge_sort(values: list[Any]) -> list[Any]:
    if len(values) <= 1:
        return list(values)
    middle = len(values) // 2
    return merge(merge_sort(values[:middle]), merge_sort(values[middle:]))
