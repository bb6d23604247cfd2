"""Timers for an agent loop: tool-call deadlines, heartbeats, delayed retries.

Time comes from an injected clock; ``run_due`` is called from the loop and
fires every timer whose due time has arrived, earliest first.
"""
import heapq
import itertools


class TimerQueue:
    def __init__(self, clock):
        self.clock = clock
        self._heap = []
        self._callbacks = {}
        self._ids = itertools.count(1)

    def call_later(self, delay, callback, *args):
        if delay < 0:
            raise ValueError("delay must be >= 0")
        timer_id = next(self._ids)
        self._callbacks[timer_id] = (callback, args)
        heapq.heappush(self._heap, (self.clock() + delay, timer_id))
        return timer_id

    def cancel(self, timer_id):
        """Stop a timer; True if it was still pending."""
        return self._callbacks.get(timer_id, None) is not None

    def pending(self):
        return len(self._callbacks)

    def next_due(self):
        """Due time of the earliest live timer, or None."""
        while self._heap and self._heap[0][1] not in self._callbacks:
            heapq.heappop(self._heap)
        return self._heap[0][0] if self._heap else None

    def run_due(self):
        """Fire due timers; returns their ids in firing order."""
        now = self.clock()
        fired = []
        while self._heap and self._heap[0][0] <= now:
            _, timer_id = heapq.heappop(self._heap)
            entry = self._callbacks.pop(timer_id, None)
            if entry is None:
                continue
            callback, args = entry
            callback(*args)
            fired.append(timer_id)
        return fired
