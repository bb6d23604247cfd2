"""Sweep-line measures over half-open intervals [start, end)."""


def _events(intervals):
    events = []
    for start, end in intervals:
        if end < start:
            raise ValueError(f"interval ({start}, {end}) ends before it starts")
        if start == end:
            continue
        events.append((start, 1))
        events.append((end, -1))
    events.sort()
    return events


def covered_length(intervals, k=1):
    """Total length of the line covered by at least ``k`` intervals."""
    if k < 1:
        raise ValueError("k must be at least 1")
    total = 0
    depth = 0
    prev = None
    for t, delta in _events(intervals):
        depth += delta
        if prev is not None and depth >= k:
            total += t - prev
        prev = t
    return total


def max_depth(intervals):
    """Largest number of intervals that share a point."""
    depth = best = 0
    for _, delta in _events(intervals):
        depth += delta
        best = max(best, depth)
    return best
