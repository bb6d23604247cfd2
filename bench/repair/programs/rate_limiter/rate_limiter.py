"""Token-bucket rate limiting for outgoing model API requests."""

import time
from collections.abc import Callable


class TokenBucket:
    """Allows ``rate`` requests per second on average, with bursts up to ``capacity``."""

    def __init__(
        self, rate: float, capacity: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self.tokens = float(capacity)
        self.updated = clock()

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed)

    def try_acquire(self, n: int = 1) -> bool:
        self._refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def wait_time(self, n: int = 1) -> float:
        """Seconds until ``n`` tokens will be available."""
        self._refill()
        return max(0.0, (n - self.tokens) / self.rate)
