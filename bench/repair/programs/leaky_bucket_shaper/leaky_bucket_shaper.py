"""Leaky-bucket meter for outgoing tool calls, driven by an injected clock.

Every accepted call pours ``cost`` into the bucket; the bucket drains at
``leak_rate`` units per second. A call is refused when it would overflow
``capacity``.
"""


class LeakyBucket:
    def __init__(self, capacity, leak_rate, clock):
        self.capacity = capacity
        self.leak_rate = leak_rate
        self.clock = clock
        self.level = 0.0
        self.last = clock()
        self.accepted = 0
        self.rejected = 0

    def _leak(self):
        now = self.clock()
        drained = (now - self.last) * self.leak_rate
        self.level = max(0.0, self.level - drained)
        self.last = now

    def offer(self, cost=1.0):
        """Account for one call; True if it may go out now."""
        if cost > self.capacity:
            raise ValueError("cost exceeds capacity")
        if self.level + cost > self.capacity:
            self.rejected += 1
            return False
        self._leak()
        self.level += cost
        self.accepted += 1
        return True

    def retry_after(self, cost=1.0):
        """Seconds to wait before a call of ``cost`` would be accepted."""
        self._leak()
        excess = self.level + cost - self.capacity
        return max(0.0, excess / self.leak_rate)

    def stats(self):
        return {"accepted": self.accepted, "rejected": self.rejected, "level": self.level}
