"""Client-side token bucket for an LLM API, driven by an injected clock.

``clock`` is any zero-argument callable returning seconds (``time.monotonic``
in production, a fake in tests).
"""


class TokenBucket:
    def __init__(self, rate, capacity, clock):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = float(capacity)
        self.updated = clock()

    def _refill(self):
        now = self.clock()
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = max(self.updated, now)

    def try_acquire(self, n=1):
        if n > self.capacity:
            raise ValueError("request larger than bucket")
        self._refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def wait_time(self, n=1):
        """Seconds until ``n`` tokens will be available."""
        self._refill()
        missing = n - self.tokens
        pause = max(0.0, self.updated - self.clock())
        return pause + max(0.0, missing / self.rate)

    def refund(self, n=1):
        """Give back tokens for a request that was never sent."""
        self._refill()
        self.tokens = min(self.capacity, self.tokens + n)

    def penalize(self, seconds):
        """The server answered 429: empty the bucket and pause refilling."""
        self.tokens = 0.0
