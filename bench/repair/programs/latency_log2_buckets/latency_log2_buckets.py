"""Power-of-two latency histogram, cheap enough to keep per tool and per model."""

import math


class Log2Histogram:
    """Bucket i counts latencies in [2**i, 2**(i + 1)) microseconds.

    Latencies below 2 (0 and 1) share bucket 0; anything beyond the last
    bucket is clamped into it.
    """

    def __init__(self, buckets=24):
        self.counts = [0] * buckets
        self.total = 0

    @staticmethod
    def bucket_of(micros):
        if micros < 0:
            raise ValueError("latency cannot be negative")
        return max(int(micros).bit_length(), 0)

    def record(self, micros, times=1):
        index = min(self.bucket_of(micros), len(self.counts) - 1)
        self.counts[index] += times
        self.total += times

    @staticmethod
    def bounds(index):
        low = 0 if index == 0 else 2 ** index
        return low, 2 ** (index + 1)

    def percentile(self, pct):
        """Upper bound of the bucket that holds the pct-th percentile (0 if empty)."""
        if self.total == 0:
            return 0
        rank = max(math.ceil(pct / 100 * self.total), 1)
        seen = 0
        for index, count in enumerate(self.counts):
            seen += count
            if seen >= rank:
                return self.bounds(index)[1]
        return self.bounds(len(self.counts) - 1)[1]

    def rows(self):
        """Non-empty buckets as (low, high, count) tuples, lowest first."""
        return [(*self.bounds(i), c) for i, c in enumerate(self.counts) if c]
