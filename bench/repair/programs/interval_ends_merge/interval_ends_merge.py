"""Union of intervals on the real line whose ends may each be open or closed."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def is_empty(self) -> bool:
        if self.low != self.high:
            return self.low > self.high
        return not (self.low_closed and self.high_closed)

    def __contains__(self, x: float) -> bool:
        above = self.low < x or (self.low_closed and x == self.low)
        below = x < self.high or (self.high_closed and x == self.high)
        return above and below


def _start_key(interval: Interval) -> tuple[float, bool]:
    return (interval.low, not interval.low_closed)


def _touches(left: Interval, right: Interval) -> bool:
    """Whether right, which starts no earlier than left, overlaps or abuts left."""
    if right.low < left.high:
        return True
    return right.low == left.high and (left.high_closed or right.low_closed)


def _extend(left: Interval, right: Interval) -> Interval:
    if right.high > left.high:
        return Interval(left.low, right.high, left.low_closed, right.high_closed)
    if right.high == left.high and right.high_closed:
        return Interval(left.low, left.high, left.low_closed, True)
    return left


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    items = sorted((i for i in intervals if not i.is_empty()), key=_start_key)
    if not items:
        return []
    merged: list[Interval] = []
    current = items[0]
    for item in items[1:]:
        if _touches(current, item):
            current = _extend(current, item)
        else:
            current = item
    merged.append(current)
    return merged


def total_length(intervals: Iterable[Interval]) -> float:
    return sum(i.high - i.low for i in merge(intervals))


def covers(intervals: Iterable[Interval], x: float) -> bool:
    return any(x in interval for interval in merge(intervals))
