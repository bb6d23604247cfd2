"""Per-user notification throttling with a token bucket.

Each user gets a bucket holding up to ``capacity`` tokens that refills at
``rate`` tokens per second. Sending a notification costs one token; when the
bucket is empty the notification is deferred instead of sent.
"""

from dataclasses import dataclass, field


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass
class NotificationThrottle:
    capacity: int = 5
    rate: float = 1.0
    deferred: list = field(default_factory=list)
    _buckets: dict = field(default_factory=dict)

    def _refill(self, user, now):
        bucket = self._buckets.get(user)
        if bucket is None:
            bucket = _Bucket(float(self.capacity), now)
            self._buckets[user] = bucket
            return bucket
        elapsed = max(0.0, now - bucket.updated)
        bucket.tokens = bucket.tokens + elapsed * self.rate
        bucket.updated = now
        return bucket

    def try_send(self, user, message, now):
        """Return True if ``message`` may go out now; otherwise defer it."""
        bucket = self._refill(user, now)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return True
        self.deferred.append((user, message, now))
        return False

    def available(self, user, now):
        """Whole notifications the user could receive right now."""
        return int(self._refill(user, now).tokens)

    def retry_after(self, user, now):
        """Seconds until the user's next notification could be sent."""
        bucket = self._refill(user, now)
        if bucket.tokens >= 1:
            return 0.0
        return (1 - bucket.tokens) / self.rate
