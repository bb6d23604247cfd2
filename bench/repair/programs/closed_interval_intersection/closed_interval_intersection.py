"""Intersecting two schedules given as sorted lists of closed intervals.

Each list holds disjoint intervals ``(start, end)`` with start <= end, sorted
by start. Intervals that only touch intersect in a single point.
"""


def intersect(a, b):
    """All intervals common to both lists, in order."""
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][0] < b[j][0]:
            i += 1
        else:
            j += 1
    return out


def overlap_length(a, b):
    """Total length shared by the two schedules."""
    return sum(hi - lo for lo, hi in intersect(a, b))
