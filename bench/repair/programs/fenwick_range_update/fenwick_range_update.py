"""Fenwick (binary indexed) tree with range add and range sum, both in O(log n).

Two trees hold the coefficients of a linear function of the prefix length: after a
suffix add of delta from 0-based index s, prefix_sum(count) grows by delta * (count - s).
"""


class RangeFenwick:
    def __init__(self, size: int) -> None:
        self.size = size
        self._slope = [0] * (size + 1)
        self._offset = [0] * (size + 1)

    @classmethod
    def from_values(cls, values: list[int]) -> "RangeFenwick":
        tree = cls(len(values))
        for index, value in enumerate(values):
            tree.add(index, index, value)
        return tree

    def _update(self, tree: list[int], position: int, delta: int) -> None:
        while position <= self.size:
            tree[position] += delta
            position += position & -position

    def _query(self, tree: list[int], position: int) -> int:
        total = 0
        while position > 0:
            total += tree[position]
            position -= position & -position
        return total

    def _add_suffix(self, start: int, delta: int) -> None:
        """Add delta to every element from 0-based index start to the end."""
        self._update(self._slope, start + 1, delta)
        self._update(self._offset, start + 1, -delta * start)

    def add(self, first: int, last: int, delta: int) -> None:
        """Add delta to every element with index in [first, last] (inclusive, 0-based)."""
        if not 0 <= first <= last < self.size:
            raise IndexError(f"bad range [{first}, {last}] for size {self.size}")
        self._add_suffix(first, delta)
        self._add_suffix(last + 1, -delta)

    def prefix_sum(self, count: int) -> int:
        """Sum of the first count elements."""
        count = max(0, min(count, self.size))
        return self._query(self._slope, count) * count + self._query(self._offset, count)

    def range_sum(self, first: int, last: int) -> int:
        """Sum of the elements with index in [first, last] (inclusive, 0-based)."""
        if first > last:
            return 0
        return self.prefix_sum(last) - self.prefix_sum(first)

    def value(self, index: int) -> int:
        if not 0 <= index < self.size:
            raise IndexError(f"index {index} out of range")
        return self.range_sum(index, index)

    def values(self) -> list[int]:
        return [self.value(index) for index in range(self.size)]
