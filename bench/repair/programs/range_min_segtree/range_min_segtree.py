"""Segment tree: assign a value at a position, and ask for the minimum of a range
together with the position where it occurs (the leftmost one on ties)."""

import math

Entry = tuple[float, int]  # (value, position)
EMPTY: Entry = (math.inf, -1)


def _pick(left: Entry, right: Entry) -> Entry:
    """The smaller value wins; on equal values the left entry (lower position) wins."""
    return left if left[0] < right[0] else right


class MinTree:
    def __init__(self, values: list[float]) -> None:
        self.size = len(values)
        self._nodes: list[Entry] = [EMPTY] * (2 * max(self.size, 1))
        if values:
            self._build(1, 0, self.size - 1, values)

    def _build(self, node: int, low: int, high: int, values: list[float]) -> None:
        if low == high:
            self._nodes[node] = (values[low], low)
            return
        middle = (low + high) // 2
        self._build(2 * node, low, middle, values)
        self._build(2 * node + 1, middle + 1, high, values)
        self._nodes[node] = _pick(self._nodes[2 * node], self._nodes[2 * node + 1])

    def assign(self, position: int, value: float) -> None:
        if not 0 <= position < self.size:
            raise IndexError(f"position {position} out of range")
        self._assign(1, 0, self.size - 1, position, value)

    def _assign(self, node: int, low: int, high: int, position: int, value: float) -> None:
        if low == high:
            self._nodes[node] = (value, position)
            return
        middle = (low + high) // 2
        if position <= middle:
            self._assign(2 * node, low, middle, position, value)
        else:
            self._assign(2 * node + 1, middle + 1, high, position, value)
        self._nodes[node] = _pick(self._nodes[2 * node], self._nodes[2 * node + 1])

    def argmin(self, first: int, last: int) -> Entry:
        """(minimum, position) over positions first..last inclusive."""
        if not 0 <= first <= last < self.size:
            raise IndexError(f"bad range [{first}, {last}] for size {self.size}")
        return self._query(1, 0, self.size - 1, first, last)

    def _query(self, node: int, low: int, high: int, first: int, last: int) -> Entry:
        if last < low or high < first:
            return EMPTY
        if first <= low and high <= last:
            return self._nodes[node]
        middle = (low + high) // 2
        return _pick(self._query(2 * node, low, middle, first, last),
                     self._query(2 * node + 1, middle + 1, high, first, last))

    def minimum(self, first: int, last: int) -> float:
        return self.argmin(first, last)[0]
