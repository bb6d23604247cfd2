"""Box-plot statistics: median, quartiles (medians of the halves) and Tukey outliers."""

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BoxStats:
    low: float
    q1: float
    median: float
    q3: float
    high: float
    outliers: list[float]


def median(sorted_values: Sequence[float]) -> float:
    count = len(sorted_values)
    if count == 0:
        raise ValueError("median of empty data")
    middle = count // 2
    if count % 2:
        return sorted_values[middle]
    return (sorted_values[middle - 1] + sorted_values[middle]) // 2


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """Q1, median, Q3; the median itself belongs to neither half when the count is odd."""
    data = sorted(values)
    if len(data) < 2:
        return median(data), median(data), median(data)
    half = len(data) // 2
    lower = data[:half]
    upper = data[half + len(data) % 2:]
    return median(lower), median(data), median(upper)


def box_stats(values: Sequence[float], whisker: float = 1.5) -> BoxStats:
    q1, mid, q3 = quartiles(values)
    reach = whisker * (q3 - q1)
    low_fence, high_fence = q1 - reach, q3 + reach
    inside = [v for v in values if low_fence <= v <= high_fence]
    outliers = sorted(v for v in values if v < low_fence or v > high_fence)
    return BoxStats(min(inside), q1, mid, q3, max(inside), outliers)
