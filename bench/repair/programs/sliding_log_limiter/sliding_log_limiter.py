"""Sliding-log rate limiter for tool calls.

At most `limit` calls may fall in any window of `window` seconds: a call made at time s counts
against every moment t with s <= t < s + window.
"""
import bisect


class SlidingLogLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self._log = []

    def _expire(self, now):
        cut = bisect.bisect_left(self._log, now - self.window)
        del self._log[:cut]

    def count(self, now):
        """Calls currently counted against the limit."""
        self._expire(now)
        return len(self._log)

    def try_acquire(self, now):
        """Record a call at `now` if the limit allows it; return whether it was allowed."""
        self._expire(now)
        if len(self._log) >= self.limit:
            return False
        bisect.insort(self._log, now)
        return True

    def retry_after(self, now):
        """Seconds to wait before try_acquire can succeed (0.0 if it can now)."""
        self._expire(now)
        if len(self._log) < self.limit:
            return 0.0
        oldest_blocking = self._log[len(self._log) - self.limit]
        return oldest_blocking + self.window - now
