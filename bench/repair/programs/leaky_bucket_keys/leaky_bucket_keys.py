"""Per-API-key rate limiting with leaky buckets.

Each accepted request pours its cost into the key's bucket; the bucket drains at a fixed
rate, and a request that would make it overflow is refused.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Bucket:
    level: float
    updated_at: float


class LeakyBucketLimiter:
    def __init__(
        self,
        capacity: float,
        drain_per_second: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if capacity <= 0 or drain_per_second <= 0:
            raise ValueError("capacity and drain rate must be positive")
        self.capacity = capacity
        self.drain_per_second = drain_per_second
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def _bucket(self, key: str) -> _Bucket:
        return self._buckets.setdefault(key, _Bucket(0.0, self._clock()))

    def try_acquire(self, key: str, cost: float = 1.0) -> bool:
        bucket = self._bucket(key)
        now = self._clock()
        drained = (now - bucket.updated_at) * self.drain_per_second
        bucket.level = max(0.0, bucket.level - drained)
        bucket.updated_at = now
        if bucket.level + cost > self.capacity:
            return False
        bucket.level += cost
        return True

    def remaining(self, key: str) -> float:
        """Cost that could be accepted for this key right now."""
        bucket = self._bucket(key)
        now = self._clock()
        drained = (now - bucket.updated_at) * self.drain_per_second
        bucket.level = max(0.0, bucket.level - drained)
        return self.capacity - bucket.level

    def retry_after(self, key: str, cost: float = 1.0) -> float:
        """Seconds to wait before a request of this cost would be accepted."""
        if cost > self.capacity:
            raise ValueError("cost exceeds the bucket's capacity")
        shortfall = cost - self.remaining(key)
        return max(0.0, shortfall / self.drain_per_second)

    def reset(self, key: str) -> None:
        self._buckets.pop(key, None)
