"""Pair-sum queries on an ascending sequence, answered with two pointers in O(n)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class SortedValues:
    values: tuple[int, ...]

    def __post_init__(self) -> None:
        if any(a > b for a, b in zip(self.values, self.values[1:])):
            raise ValueError("values must be in ascending order")

    def pairs_with_sum(self, target: int) -> list[tuple[int, int]]:
        """Distinct (a, b) with a <= b, taken from two different positions, a + b == target."""
        pairs = []
        lo, hi = 0, len(self.values) - 1
        while lo < hi:
            low, high = self.values[lo], self.values[hi]
            if low + high < target:
                lo += 1
            elif low + high > target:
                hi -= 1
            else:
                pairs.append((low, high))
                while lo < hi and self.values[lo] == low:
                    lo += 1
                while lo < hi and self.values[hi] == high:
                    hi -= 1
        return pairs

    def count_pairs_below(self, limit: int, *, strict: bool = True) -> int:
        """Number of index pairs i < j with values[i] + values[j] < limit (<= unless strict)."""
        count = 0
        lo, hi = 0, len(self.values) - 1
        while lo < hi:
            total = self.values[lo] + self.values[hi]
            fits = total < limit if not strict else total <= limit
            if fits:
                count += hi - lo
                lo += 1
            else:
                hi -= 1
        return count

    def closest_sum(self, target: int) -> int | None:
        """The pair sum nearest to target (the smaller one on a tie); None below two values."""
        best: int | None = None
        lo, hi = 0, len(self.values) - 1
        while lo < hi:
            total = self.values[lo] + self.values[hi]
            if best is None or (abs(total - target), total) < (abs(best - target), best):
                best = total
            if total < target:
                lo += 1
            else:
                hi -= 1
        return best
