"""Median of a stream, updated after every value, with two heaps."""

import heapq
from collections.abc import Iterable, Iterator


def running_medians(values: Iterable[float]) -> Iterator[float]:
    """Yield the median of the values seen so far, once after each value."""
    low: list[float] = []  # max-heap (negated) of the smaller half
    high: list[float] = []  # min-heap of the larger half
    for value in values:
        if low and value < -low[0]:
            heapq.heappush(high, value)
        else:
            heapq.heappush(low, -value)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            yield -low[0]
        else:
            yield (-low[0] + high[0]) / 2


def median(values: Iterable[float]) -> float:
    """Median of all values; ValueError for an empty input."""
    result = None
    for result in running_medians(values):
        pass
    if result is None:
        raise ValueError("median of an empty sequence")
    return result
