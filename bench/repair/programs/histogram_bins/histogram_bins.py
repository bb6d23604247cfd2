"""Fixed-width histogram with underflow/overflow counters; the last bin is closed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Histogram:
    low: float
    high: float
    bins: int
    counts: list[int] = field(init=False)
    underflow: int = 0
    overflow: int = 0

    def __post_init__(self) -> None:
        if self.bins < 1 or not self.low < self.high:
            raise ValueError("need at least one bin and low < high")
        self.counts = [0] * self.bins

    def bin_index(self, value: float) -> int | None:
        """Index of the bin holding value, None outside [low, high]."""
        if value < self.low or value >= self.high:
            return None
        index = int((value - self.low) * self.bins // (self.high - self.low))
        return min(index, self.bins - 1)

    def add(self, value: float) -> None:
        index = self.bin_index(value)
        if index is not None:
            self.counts[index] += 1
        elif value < self.low:
            self.underflow += 1
        else:
            self.overflow += 1

    def extend(self, values: Iterable[float]) -> Histogram:
        for value in values:
            self.add(value)
        return self

    def edges(self) -> list[float]:
        width = (self.high - self.low) / self.bins
        return [self.low + i * width for i in range(self.bins)] + [self.high]

    @property
    def total(self) -> int:
        return sum(self.counts) + self.underflow + self.overflow

    def fullest_bin(self) -> tuple[float, float]:
        """Edges of the bin with the most values (the first one on a tie)."""
        index = self.counts.index(max(self.counts))
        edges = self.edges()
        return edges[index], edges[index + 1]
