"""Peak number of simultaneous events, found by sweeping over start and end times.

Events are half-open intervals [start, end): one that ends at 10 and one that starts
at 10 never run at the same time.
"""

from collections.abc import Sequence

Event = tuple[float, float]


def peak_overlap(events: Sequence[Event]) -> tuple[int, float | None]:
    """Largest number of events in progress at once, and the earliest time it is reached."""
    for start, end in events:
        if end < start:
            raise ValueError(f"event ends before it starts: {(start, end)}")
    starts = sorted(start for start, end in events if end > start)
    ends = sorted(end for start, end in events if end > start)
    in_progress = peak = 0
    peak_at: float | None = None
    finished = 0
    for start in starts:
        while finished < len(ends) and ends[finished] < start:
            in_progress -= 1
            finished += 1
        in_progress += 1
        if in_progress > peak:
            peak, peak_at = in_progress, start
    return peak, peak_at


def rooms_needed(events: Sequence[Event]) -> int:
    """Meeting rooms needed to hold every event."""
    return peak_overlap(events)[0]


def is_conflict_free(events: Sequence[Event]) -> bool:
    return rooms_needed(events) <= 1
