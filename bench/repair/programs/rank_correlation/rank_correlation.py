"""Spearman rank correlation, with tied values sharing the average of their ranks."""

import math
from collections.abc import Sequence


def fractional_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; a run of equal values all get the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda index: values[index])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end < len(order) and values[order[end]] == values[order[start]]:
            end += 1
        shared = (start + 1 + end) // 2
        for position in range(start, end):
            ranks[order[position]] = shared
        start = end
    return ranks


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson correlation; nan when either side is constant."""
    if len(xs) != len(ys):
        raise ValueError(f"length mismatch: {len(xs)} vs {len(ys)}")
    if len(xs) < 2:
        raise ValueError("need at least two pairs")
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    spread_x = sum((x - mean_x) ** 2 for x in xs)
    spread_y = sum((y - mean_y) ** 2 for y in ys)
    if spread_x == 0 or spread_y == 0:
        return math.nan
    return covariance / math.sqrt(spread_x * spread_y)


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """How monotonic the relation between xs and ys is, from -1 to 1."""
    if len(xs) != len(ys):
        raise ValueError(f"length mismatch: {len(xs)} vs {len(ys)}")
    return pearson(fractional_ranks(xs), fractional_ranks(ys))
