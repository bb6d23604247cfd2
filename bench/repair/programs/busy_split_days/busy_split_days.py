"""Busy-time bookkeeping for a calendar.

Intervals are ``(start, end)`` pairs in minutes since the start of day 0
(end exclusive). Overlapping or touching intervals are merged first, then the
merged blocks are cut at midnight so each day can be reported on its own.
"""

DAY = 24 * 60


def merge_busy(intervals):
    """Sorted, non-overlapping blocks covering the same minutes."""
    merged = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def split_by_day(intervals):
    """Merged blocks cut at midnight, as ``(day, start, end)`` in day-local minutes."""
    pieces = []
    for start, end in merge_busy(intervals):
        while start < end:
            day = start // DAY
            stop = min(end, (day + 1) * DAY)
            pieces.append((day, start - day * DAY, stop - day * DAY))
            start = stop
    return pieces


def busy_minutes_per_day(intervals):
    totals = {}
    for day, start, end in split_by_day(intervals):
        totals[day] = totals.get(day, 0) + (end - start)
    return totals


def is_free(intervals, start, end):
    """True if nothing in ``intervals`` overlaps ``[start, end)``."""
    for busy_start, busy_end in merge_busy(intervals):
        if busy_start < end and start < busy_end:
            return False
    return True
