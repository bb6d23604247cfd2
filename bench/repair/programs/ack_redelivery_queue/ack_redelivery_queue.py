"""In-memory job queue with visibility timeouts, acknowledgements and redelivery.

A received job stays invisible until its receipt is acked, nacked, or its visibility
timeout runs out; then it is delivered again, up to `max_deliveries` times, after
which it goes to `dead_letters`.
"""

import itertools
from collections import deque


class AckQueue:
    def __init__(self, visibility_timeout=30.0, max_deliveries=3):
        self.visibility_timeout = visibility_timeout
        self.max_deliveries = max_deliveries
        self.dead_letters = []
        self._ready = deque()
        self._inflight = {}  # receipt -> (deadline, (job_id, payload))
        self._attempts = {}  # job_id -> deliveries so far
        self._receipts = itertools.count(1)

    def publish(self, job_id, payload):
        self._attempts[job_id] = 0
        self._ready.append((job_id, payload))

    def receive(self, now):
        """Return (receipt, job_id, payload) for the next job, or None."""
        self._reclaim(now)
        if not self._ready:
            return None
        job = self._ready.popleft()
        self._attempts[job[0]] += 1
        receipt = next(self._receipts)
        self._inflight[receipt] = (now + self.visibility_timeout, job)
        return receipt, job[0], job[1]

    def ack(self, receipt):
        entry = self._inflight.pop(receipt, None)
        if entry is None:
            return False
        del self._attempts[entry[1][0]]
        return True

    def nack(self, receipt):
        """Hand a job back right away instead of waiting for its timeout."""
        entry = self._inflight.get(receipt)
        if entry is None:
            return False
        self._requeue(entry[1])
        return True

    def pending(self):
        """Jobs not yet acked or dead-lettered."""
        return len(self._ready) + len(self._inflight)

    def _reclaim(self, now):
        expired = [r for r, (deadline, _) in self._inflight.items() if deadline <= now]
        for receipt in expired:
            _, job = self._inflight.pop(receipt)
            self._requeue(job)

    def _requeue(self, job):
        if self._attempts[job[0]] >= self.max_deliveries:
            del self._attempts[job[0]]
            self.dead_letters.append(job)
        else:
            self._ready.append(job)
