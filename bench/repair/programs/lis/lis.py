"""Longest strictly increasing subsequence (patience sorting)."""

import bisect


def lis_length(values: list[int]) -> int:
    """Length of the longest strictly increasing subsequence."""
    tails: list[int] = []
    for value in values:
        position = bisect.bisect_right(tails, value)
        if position == len(tails):
            tails.append(value)
        else:
            tails[position] = value
    return len(tails)


def is_strictly_increasing(values: list[int]) -> bool:
    return all(a < b for a, b in zip(values, values[1:]))
