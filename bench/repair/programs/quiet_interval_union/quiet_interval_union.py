"""Combine a user's quiet-hour windows into a minimal set of minute ranges.

Windows are ``(start, end)`` minutes after local midnight; a window whose
end comes before its start runs past midnight. Ranges are half-open: minute
``m`` is quiet when ``start <= m < end``.
"""

import bisect

DAY = 24 * 60


def merge_windows(windows):
    """Sorted, disjoint, non-touching ranges covering every window."""
    pieces = []
    for start, end in windows:
        if not (0 <= start < DAY and 0 <= end < DAY):
            raise ValueError(f"window out of range: {(start, end)}")
        if start < end:
            pieces.append((start, end))
        elif start > end:
            pieces.append((start, DAY))
            if end:
                pieces.append((0, end))
    pieces.sort()
    merged = []
    for start, end in pieces:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(piece) for piece in merged]


def quiet_minutes(windows):
    return sum(end - start for start, end in merge_windows(windows))


class QuietSchedule:
    def __init__(self, windows):
        self.ranges = merge_windows(windows)
        self._starts = [start for start, _ in self.ranges]

    def _range_at(self, minute):
        index = bisect.bisect_left(self._starts, minute) - 1
        if index >= 0 and minute < self.ranges[index][1]:
            return self.ranges[index]
        return None

    def is_quiet(self, minute):
        return self._range_at(minute % DAY) is not None

    def next_loud(self, minute):
        """First minute at or after ``minute`` that is not quiet (None: never)."""
        minute %= DAY
        current = self._range_at(minute)
        if current is None:
            return minute
        if current[1] < DAY:
            return current[1]
        first = self.ranges[0]
        if first == (0, DAY):
            return None
        return first[1] if first[0] == 0 else 0
