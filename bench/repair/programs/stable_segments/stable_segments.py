"""Split a sensor series into stable segments: runs of readings within a tolerance band."""

from collections.abc import Iterator, Sequence
from typing import NamedTuple


class Segment(NamedTuple):
    start: int  # index of the first reading
    stop: int  # one past the last reading
    low: float
    high: float

    @property
    def length(self) -> int:
        return self.stop - self.start


def stable_segments(
    readings: Sequence[float], tolerance: float, min_length: int = 2
) -> Iterator[Segment]:
    """Greedy runs, left to right, whose spread (max - min) stays within ``tolerance``.
    A reading that would widen the spread beyond it starts the next run; runs shorter
    than ``min_length`` are dropped."""
    if not readings:
        return
    start = 0
    low = high = readings[0]
    for index in range(1, len(readings)):
        value = readings[index]
        if max(high, value) - min(low, value) > tolerance:
            if index - start >= min_length:
                yield Segment(start, index, low, high)
            start = index
        else:
            low = min(low, value)
            high = max(high, value)
    if len(readings) - start >= min_length:
        yield Segment(start, len(readings), low, high)


def longest_stable(readings: Sequence[float], tolerance: float) -> Segment | None:
    """The longest stable run (the earliest on ties), or None for no readings."""
    segments = stable_segments(readings, tolerance, min_length=1)
    return max(segments, key=lambda segment: segment.length, default=None)
