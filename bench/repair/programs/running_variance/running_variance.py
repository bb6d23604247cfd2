"""Streaming mean and variance (Welford), mergeable across workers (Chan et al.)."""

from __future__ import annotations

import math
from collections.abc import Iterable


class RunningStats:
    def __init__(self, values: Iterable[float] = ()) -> None:
        self.count = 0
        self.mean = 0.0
        self._m2 = 0.0
        self.minimum = math.inf
        self.maximum = -math.inf
        for value in values:
            self.push(value)

    def push(self, value: float) -> None:
        self.count += 1
        delta = value - self.mean
        self.mean += delta / self.count
        self._m2 += delta * (value - self.mean)
        self.minimum = min(self.minimum, value)
        self.maximum = max(self.maximum, value)

    def merge(self, other: RunningStats) -> RunningStats:
        """Statistics of both streams together; neither input is modified."""
        merged = RunningStats()
        merged.count = self.count + other.count
        if merged.count == 0:
            return merged
        delta = other.mean - self.mean
        merged.mean = self.mean + delta * other.count / merged.count
        merged._m2 = self._m2 + other._m2
        merged.minimum = min(self.minimum, other.minimum)
        merged.maximum = max(self.maximum, other.maximum)
        return merged

    def variance(self, sample: bool = True) -> float:
        degrees = self.count - 1 if sample else self.count
        if degrees <= 0:
            raise ValueError("not enough values for a variance")
        return self._m2 / degrees

    def stdev(self, sample: bool = True) -> float:
        return math.sqrt(self.variance(sample))

    def __repr__(self) -> str:
        return f"RunningStats(count={self.count}, mean={self.mean:.6g}, m2={self._m2:.6g})"
