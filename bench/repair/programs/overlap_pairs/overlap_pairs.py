"""Find the overlapping pairs among half-open time intervals (e.g. double-booked rooms)."""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import NamedTuple


class Interval(NamedTuple):
    start: float
    end: float
    label: str = ""


def overlaps(a: Interval, b: Interval) -> bool:
    """Half-open [start, end): intervals that only touch do not overlap."""
    return a.start < b.end and b.start < a.end


def overlapping_pairs(intervals: Iterable[Interval]) -> Iterator[tuple[Interval, Interval]]:
    """Yield (earlier, later) for every overlapping pair, in order of the earlier one's start."""
    ordered = sorted(intervals)
    for index, current in enumerate(ordered):
        for other in ordered[index:]:
            if other.start >= current.end:
                break
            yield current, other


def conflicts(intervals: Iterable[Interval]) -> dict[str, set[str]]:
    """Map each label to the labels it clashes with (only labels that clash appear)."""
    clashes: defaultdict[str, set[str]] = defaultdict(set)
    for first, second in overlapping_pairs(intervals):
        clashes[first.label].add(second.label)
        clashes[second.label].add(first.label)
    return dict(clashes)


def max_simultaneous(intervals: Iterable[Interval]) -> int:
    """Largest number of intervals that overlap at a single instant."""
    events = []
    for interval in intervals:
        if interval.start < interval.end:
            events.append((interval.start, 1))
            events.append((interval.end, -1))
    busiest = active = 0
    for _, change in sorted(events):
        active += change
        busiest = max(busiest, active)
    return busiest
