"""Free time slots in a working day, given the busy intervals of a calendar."""

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

Interval = tuple[datetime, datetime]


def iter_free_slots(
    busy: Iterable[Interval],
    day_start: datetime,
    day_end: datetime,
    min_length: timedelta = timedelta(0),
) -> Iterator[Interval]:
    """Yield the gaps between busy intervals inside [day_start, day_end), in order.

    Busy intervals may overlap, touch each other or stick out of the day. Gaps shorter
    than min_length are skipped.
    """
    cursor = day_start
    for start, end in sorted(busy):
        start = max(start, day_start)
        end = min(end, day_end)
        if start >= end:
            continue
        gap = cursor - start
        if gap > timedelta(0) and gap >= min_length:
            yield cursor, start
        cursor = max(cursor, end)
    tail = day_end - cursor
    if tail > timedelta(0) and tail >= min_length:
        yield cursor, day_end


def free_time(busy: Iterable[Interval], day_start: datetime, day_end: datetime) -> timedelta:
    """Total free time inside the day."""
    slots = iter_free_slots(busy, day_start, day_end)
    return sum((end - start for start, end in slots), timedelta(0))


def first_slot(
    busy: Iterable[Interval], day_start: datetime, day_end: datetime, length: timedelta
) -> Interval | None:
    """The earliest free interval of exactly `length`, or None when nothing fits."""
    for start, _ in iter_free_slots(busy, day_start, day_end, length):
        return start, start + length
    return None
