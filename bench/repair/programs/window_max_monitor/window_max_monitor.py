"""Sliding time-window aggregates for a latency metric.

Samples are (timestamp, value) pairs added in timestamp order. Only samples from the last
``width`` seconds count: at time ``now`` a sample taken at ``now - width`` or earlier has
expired. ``peak`` uses a monotonic deque, so every query is amortised O(1).
"""

from collections import deque


class WindowMonitor:
    def __init__(self, width):
        if width <= 0:
            raise ValueError("width must be positive")
        self.width = width
        self._samples = deque()
        self._peaks = deque()
        self._total = 0.0

    def add(self, ts, value):
        self._samples.append((ts, value))
        self._total += value
        while self._peaks and self._peaks[-1][1] >= value:
            self._peaks.pop()
        self._peaks.append((ts, value))
        self._expire(ts)

    def _expire(self, now):
        cutoff = now - self.width
        while self._samples and self._samples[0][0] <= cutoff:
            self._total -= self._samples.popleft()[1]
        while self._peaks and self._peaks[0][0] <= cutoff:
            self._peaks.popleft()

    def count(self, now):
        self._expire(now)
        return len(self._samples)

    def mean(self, now):
        self._expire(now)
        return self._total / len(self._samples) if self._samples else 0.0

    def peak(self, now):
        self._expire(now)
        return self._peaks[0][1] if self._peaks else None

    def rate(self, now):
        """Samples per second over the window."""
        return self.count(now) / self.width
