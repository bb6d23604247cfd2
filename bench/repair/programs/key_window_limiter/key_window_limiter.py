"""Sliding-window rate limiting per API key.

Each key may make at most `limit` requests in any `window` seconds. A request
made at time t stops counting against the key at t + window.
"""
import time
from collections import defaultdict, deque


class SlidingWindowLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits = defaultdict(deque)

    def _live_hits(self, key, now):
        hits = self._hits[key]
        cutoff = now - self.window
        while hits and hits[0] < cutoff:
            hits.popleft()
        return hits

    def try_acquire(self, key, now=None):
        """Record a request for key and return True, or return False if limited."""
        now = self.clock() if now is None else now
        hits = self._live_hits(key, now)
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def remaining(self, key, now=None):
        now = self.clock() if now is None else now
        return self.limit - len(self._live_hits(key, now))

    def retry_after(self, key, now=None):
        """Seconds until key may make another request (0.0 if it may now)."""
        now = self.clock() if now is None else now
        hits = self._live_hits(key, now)
        if len(hits) < self.limit:
            return 0.0
        return hits[0] + self.window - now
