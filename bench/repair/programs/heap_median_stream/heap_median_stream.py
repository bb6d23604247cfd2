"""Running median of a stream of numbers, kept in two heaps."""

import heapq
from collections.abc import Iterable, Iterator


class RunningMedian:
    """`_low` holds the smaller half as a max-heap (negated), `_high` the larger half.

    `_low` has the same number of items as `_high` or one more.
    """

    def __init__(self) -> None:
        self._low: list[float] = []
        self._high: list[float] = []

    def __len__(self) -> int:
        return len(self._low) + len(self._high)

    def add(self, value: float) -> None:
        if self._low and value < -self._low[0]:
            heapq.heappush(self._high, value)
        else:
            heapq.heappush(self._low, -value)
        self._rebalance()

    def _rebalance(self) -> None:
        if len(self._low) > len(self._high) + 1:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        elif len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def median(self) -> float:
        if not self._low:
            raise ValueError("median of an empty stream")
        if len(self._low) > len(self._high):
            return -self._low[0]
        return (-self._low[0] + self._high[0]) / 2


def running_medians(values: Iterable[float]) -> Iterator[float]:
    """The median after each value of the stream."""
    tracker = RunningMedian()
    for value in values:
        tracker.add(value)
        yield tracker.median()
