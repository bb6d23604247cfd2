"""Prefix sums over a fixed sequence: O(1) range sums, window sums, subarray counts."""

from collections import Counter
from collections.abc import Sequence


class PrefixSums:
    def __init__(self, values: Sequence[int]) -> None:
        self.prefix = [0]
        for value in values:
            self.prefix.append(self.prefix[-1] + value)

    def __len__(self) -> int:
        return len(self.prefix) - 1

    def range_sum(self, start: int, stop: int) -> int:
        """Sum of values[start:stop] (start and stop within 0..len)."""
        if not 0 <= start <= stop <= len(self):
            raise IndexError(f"bad range {start}:{stop} for {len(self)} values")
        return self.prefix[stop] - self.prefix[start]

    def window_sums(self, width: int) -> list[int]:
        """Sums of every contiguous window of `width` values, left to right."""
        if width <= 0:
            raise ValueError("width must be positive")
        return [self.range_sum(i, i + width) for i in range(len(self) - width)]

    def best_window(self, width: int) -> tuple[int, int]:
        """(start, sum) of the leftmost window of `width` values with the largest sum."""
        sums = self.window_sums(width)
        if not sums:
            raise ValueError("sequence shorter than the window")
        best = max(range(len(sums)), key=lambda i: (sums[i], -i))
        return best, sums[best]

    def count_with_sum(self, target: int) -> int:
        """Number of non-empty contiguous subarrays whose sum equals target."""
        seen: Counter[int] = Counter()
        count = 0
        for running in self.prefix:
            count += seen[running - target]
            seen[running] += 1
        return count

    def equilibrium_indexes(self) -> list[int]:
        """Indexes i where the sum left of i equals the sum right of i."""
        total = self.prefix[-1]
        return [i for i in range(len(self))
                if self.prefix[i] == total - self.prefix[i + 1]]
