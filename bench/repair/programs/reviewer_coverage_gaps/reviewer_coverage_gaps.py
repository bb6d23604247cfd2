"""Find the stretches of a day when no human reviewer is on call.

Shifts are half-open intervals [start, end) in minutes and may overlap.
Approval requests raised inside a gap can only wait or be escalated, so
the gaps are what the escalation policy has to plan for.
"""

from __future__ import annotations


def coverage_gaps(shifts: list[tuple[int, int]], day_start: int, day_end: int) -> list[tuple[int, int]]:
    """Maximal intervals inside [day_start, day_end) not covered by any shift."""
    gaps = []
    cursor = day_start
    for start, end in shifts:
        if start >= day_end:
            break
        if end <= cursor:
            continue
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < day_end:
        gaps.append((cursor, day_end))
    return gaps


def uncovered_minutes(shifts: list[tuple[int, int]], day_start: int, day_end: int) -> int:
    return sum(end - start for start, end in coverage_gaps(shifts, day_start, day_end))


def longest_gap(shifts: list[tuple[int, int]], day_start: int, day_end: int) -> tuple[int, int] | None:
    """The longest gap (earliest one on ties), or None if the day is fully covered."""
    best = None
    for gap in coverage_gaps(shifts, day_start, day_end):
        if best is None or gap[1] - gap[0] > best[1] - best[0]:
            best = gap
    return best
