"""Search a sorted array whose length is unknown.

The array is only reachable through a reader: reader.get(i) returns the
element at index i, or SENTINEL for any index past the end. The search first
doubles an upper bound until it passes the target, then binary-searches the
bracket it found.
"""

SENTINEL = 2**31 - 1


class ListReader:
    """Reader over a Python list that counts how many probes were made."""

    def __init__(self, items):
        self._items = list(items)
        self.probes = 0

    def get(self, index):
        self.probes += 1
        if 0 <= index < len(self._items):
            return self._items[index]
        return SENTINEL


def find_bracket(reader, target):
    """(lo, hi) with reader.get(lo) <= target <= reader.get(hi), or hi past target."""
    lo, hi = 0, 1
    while reader.get(hi) < target:
        hi *= 2
        lo = hi
    return lo, hi


def search(reader, target):
    """Index of target in the sorted array, or -1 if absent."""
    if reader.get(0) > target:
        return -1
    lo, hi = find_bracket(reader, target)
    while lo <= hi:
        mid = (lo + hi) // 2
        value = reader.get(mid)
        if value == target:
            return mid
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
