"""Calendar helpers: add a booking to a day's busy intervals and list the free slots."""

Interval = tuple[int, int]


def insert_interval(busy: list[Interval], booking: Interval) -> list[Interval]:
    """Return `busy` with `booking` added, merging every interval it overlaps or touches.

    `busy` is sorted by start and its intervals are pairwise disjoint; it is not modified.
    """
    merged: list[Interval] = []
    start, end = booking
    index = 0
    while index < len(busy) and busy[index][1] < start:
        merged.append(busy[index])
        index += 1
    while busy[index][0] <= end:
        start = min(start, busy[index][0])
        end = max(end, busy[index][1])
        index += 1
    merged.append((start, end))
    merged.extend(busy[index:])
    return merged


def free_slots(busy: list[Interval], day_start: int, day_end: int) -> list[Interval]:
    """The gaps between busy intervals inside [day_start, day_end]."""
    slots: list[Interval] = []
    cursor = day_start
    for start, end in busy:
        if cursor >= day_end:
            break
        if start > cursor:
            slots.append((cursor, min(start, day_end)))
        cursor = max(cursor, end)
    if cursor < day_end:
        slots.append((cursor, day_end))
    return slots


def total_busy(busy: list[Interval]) -> int:
    return sum(end - start for start, end in busy)
