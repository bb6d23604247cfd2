"""A set of integers stored as sorted, disjoint half-open ranges [start, end)."""
import bisect


class RangeUnion:
    def __init__(self, ranges=()):
        self._ranges = []
        for start, end in ranges:
            self.add(start, end)

    def ranges(self):
        return list(self._ranges)

    def __len__(self):
        """How many integers are covered."""
        return sum(end - start for start, end in self._ranges)

    def __contains__(self, x):
        i = bisect.bisect_right(self._ranges, (x, float("inf"))) - 1
        return i >= 0 and self._ranges[i][0] <= x < self._ranges[i][1]

    def add(self, start, end):
        """Cover [start, end), merging with ranges it overlaps or touches."""
        if start >= end:
            return
        merged = []
        placed = False
        for s, e in self._ranges:
            if e <= start:
                merged.append((s, e))
            elif end < s:
                if not placed:
                    merged.append((start, end))
                    placed = True
                merged.append((s, e))
            else:
                start, end = min(start, s), max(end, e)
        if not placed:
            merged.append((start, end))
        self._ranges = merged

    def remove(self, start, end):
        """Uncover [start, end)."""
        if start >= end:
            return
        kept = []
        for s, e in self._ranges:
            if s < start:
                kept.append((s, min(e, start)))
            if e > end:
                kept.append((max(s, end), e))
        self._ranges = kept

    def gaps(self, lo, hi):
        """The uncovered pieces of [lo, hi), in order."""
        found = []
        cursor = lo
        for s, e in self._ranges:
            if e <= cursor:
                continue
            if s >= hi:
                break
            if s > cursor:
                found.append((cursor, s))
            cursor = max(cursor, e)
        if cursor < hi:
            found.append((cursor, hi))
        return found
