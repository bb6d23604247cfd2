"""Generic cell rate algorithm (GCRA): a token bucket kept as a single timestamp.

`rate` requests per second on average, with up to `burst` requests allowed back to back.
The limiter stores only the theoretical arrival time (TAT) of the next request.
"""
import math


class GCRA:
    def __init__(self, rate, burst):
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.interval = 1.0 / rate
        self.limit = burst * self.interval
        self._tat = 0.0

    def try_acquire(self, now, cost=1):
        """Return (allowed, retry_after_seconds) for `cost` requests at time `now`."""
        tat = self._tat
        new_tat = tat + cost * self.interval
        excess = new_tat - now - self.limit
        if excess > 1e-9:
            return False, excess
        self._tat = new_tat
        return True, 0.0

    def remaining(self, now):
        """How many requests could pass right now."""
        backlog = max(self._tat, now) - now
        return math.floor((self.limit - backlog) / self.interval + 1e-9)
