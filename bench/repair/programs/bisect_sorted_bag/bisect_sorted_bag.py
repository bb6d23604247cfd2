"""A sorted multiset kept in a plain list with the bisect module."""
import bisect


class SortedBag:
    def __init__(self, items=()):
        self._items = sorted(items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        i = bisect.bisect_left(self._items, x)
        return i < len(self._items) and self._items[i] == x

    def add(self, x):
        bisect.insort(self._items, x)

    def remove(self, x):
        """Remove one occurrence of x; ValueError if there is none."""
        i = bisect.bisect_left(self._items, x)
        if i == len(self._items) or self._items[i] != x:
            raise ValueError(f"{x!r} is not in the bag")
        del self._items[i]

    def count(self, x):
        return bisect.bisect_right(self._items, x) - bisect.bisect_left(self._items, x)

    def count_range(self, lo, hi):
        """Number of items with lo <= item <= hi."""
        if lo > hi:
            return 0
        return bisect.bisect_right(self._items, hi) - bisect.bisect_left(self._items, lo)

    def rank(self, x):
        """Number of items strictly smaller than x."""
        return bisect.bisect_left(self._items, x)

    def floor(self, x):
        """Largest item <= x, or None."""
        i = bisect.bisect_left(self._items, x)
        return self._items[i - 1] if i else None

    def ceiling(self, x):
        """Smallest item >= x, or None."""
        i = bisect.bisect_left(self._items, x)
        return self._items[i] if i < len(self._items) else None

    def nearest(self, x):
        """Item closest to x; ties go to the smaller one. None when empty."""
        below, above = self.floor(x), self.ceiling(x)
        if below is None:
            return above
        if above is None or x - below <= above - x:
            return below
        return above
