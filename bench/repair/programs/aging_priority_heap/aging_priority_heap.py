"""Priority queue with aging, so low-priority jobs cannot starve.

Lower numbers are more urgent. A waiting job's effective priority improves by
one level every ``interval`` seconds:

    effective(now) = priority - (now - enqueued_at) / interval

Every waiting job ages at the same rate, so the order between two jobs never
changes over time. Subtracting the common term ``now / interval`` leaves a
static heap key, ``priority + enqueued_at / interval``, and a plain binary
heap is enough. Ties go to the job enqueued first.
"""
import heapq
import itertools


class AgingPriorityQueue:
    def __init__(self, interval=60.0):
        if interval <= 0:
            raise ValueError("interval must be positive")
        self.interval = interval
        self._heap = []
        self._seq = itertools.count()

    def __len__(self):
        return len(self._heap)

    def push(self, job, priority, now):
        key = now + priority / self.interval
        heapq.heappush(self._heap, (key, next(self._seq), priority, now, job))

    def effective_priority(self, priority, enqueued_at, now):
        return priority - (now - enqueued_at) / self.interval

    def peek(self, now):
        if not self._heap:
            return None
        _, _, priority, enqueued_at, job = self._heap[0]
        return job, self.effective_priority(priority, enqueued_at, now)

    def pop(self, now):
        if not self._heap:
            raise IndexError("pop from an empty queue")
        _, _, priority, enqueued_at, job = heapq.heappop(self._heap)
        return job, self.effective_priority(priority, enqueued_at, now)

    def drain(self, now):
        """Pop everything, most urgent first, as (job, effective priority)."""
        out = []
        while self._heap:
            out.append(self.pop(now))
        return out
