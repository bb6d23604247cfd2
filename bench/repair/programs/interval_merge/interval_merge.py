"""Merging of busy time ranges (closed intervals)."""


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping or touching closed intervals; the result is sorted."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def total_busy(intervals: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in merge(intervals))


def free_slots(intervals: list[tuple[int, int]], day_start: int, day_end: int) -> list[tuple[int, int]]:
    slots = []
    cursor = day_start
    for start, end in merge(intervals):
        if start > cursor:
            slots.append((cursor, min(start, day_end)))
        cursor = max(cursor, end)
    if cursor < day_end:
        slots.append((cursor, day_end))
    return slots
