"""Sliding-window limit on tool calls per tenant.

At most `max_calls` calls may start within any `window` seconds.  A call made
at time t stops counting at exactly t + window.  When a tenant is refused,
`retry_after` tells the scheduler how long to wait for the next free slot.
"""

import time
from collections import defaultdict, deque


class SlidingWindowQuota:
    def __init__(self, max_calls, window, clock=time.monotonic):
        if max_calls < 1 or window <= 0:
            raise ValueError("max_calls must be >= 1 and window > 0")
        self.max_calls = max_calls
        self.window = window
        self.clock = clock
        self._calls = defaultdict(deque)

    def _recent(self, tenant, now):
        calls = self._calls[tenant]
        while calls and calls[0] < now - self.window:
            calls.popleft()
        return calls

    def try_call(self, tenant):
        now = self.clock()
        calls = self._recent(tenant, now)
        if len(calls) >= self.max_calls:
            return False
        calls.append(now)
        return True

    def remaining(self, tenant):
        return self.max_calls - len(self._recent(tenant, self.clock()))

    def retry_after(self, tenant):
        """Seconds until `try_call` can succeed (0 if it can right now)."""
        now = self.clock()
        calls = self._recent(tenant, now)
        if len(calls) < self.max_calls:
            return 0
        return calls[-1] + self.window - now
