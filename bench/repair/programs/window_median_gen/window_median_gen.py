"""Streaming medians over a sliding window, kept in a sorted list."""

import bisect
from collections import deque
from collections.abc import Iterable, Iterator


def median_of_sorted(ordered: list[float]) -> float:
    if not ordered:
        raise ValueError("median of an empty window")
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def sliding_medians(values: Iterable[float], width: int) -> Iterator[float]:
    """Yield the median of every full window of `width` consecutive values, lazily."""
    if width < 1:
        raise ValueError("width must be at least 1")
    recent: deque[float] = deque()
    ordered: list[float] = []
    for value in values:
        recent.append(value)
        bisect.insort(ordered, value)
        if len(recent) >= width:
            yield median_of_sorted(ordered)
        if len(recent) > width:
            expired = recent.popleft()
            del ordered[bisect.bisect_left(ordered, expired)]


def median_filter(values: list[float], width: int) -> list[float]:
    """Same-length smoothing: each point becomes the median of the window centred on it,
    with the window shrinking at the edges."""
    half = width // 2
    smoothed = []
    for index in range(len(values)):
        window = sorted(values[max(0, index - half): index + half + 1])
        smoothed.append(median_of_sorted(window))
    return smoothed
