"""Running mean/variance that can be computed per shard and merged afterwards.

Uses Welford's update for single values and Chan et al.'s pairwise formula
to combine two partial aggregates.
"""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Moments:
    count: int = 0
    mean: float = 0.0
    m2: float = 0.0  # sum of squared deviations from the mean

    @classmethod
    def of(cls, values):
        acc = cls()
        for value in values:
            acc = acc.push(value)
        return acc

    def push(self, value):
        count = self.count + 1
        delta = value - self.mean
        mean = self.mean + delta / count
        m2 = self.m2 + delta * (value - mean)
        return Moments(count, mean, m2)

    def merge(self, other):
        if other.count == 0:
            return self
        if self.count == 0:
            return other
        count = self.count + other.count
        delta = other.mean - self.mean
        mean = self.mean + delta * self.count / count
        m2 = self.m2 + other.m2 + delta * delta * self.count * other.count / count
        return Moments(count, mean, m2)

    @property
    def variance(self):
        """Sample variance (n - 1 in the denominator); 0.0 below two values."""
        return self.m2 / (self.count - 1) if self.count > 1 else 0.0

    @property
    def stdev(self):
        return math.sqrt(self.variance)


def combine(parts):
    """Merge any number of partial aggregates into one."""
    total = Moments()
    for part in parts:
        total = total.merge(part)
    return total
