"""Delayed-job scheduler on a binary heap with lazy cancellation.

Cancelling or rescheduling a job does not search the heap: the old entry is
marked removed and skipped when it reaches the top (the approach described in
the ``heapq`` documentation). Jobs due at the same time come out in the order
they were scheduled.
"""
import heapq
import itertools

_REMOVED = object()


class DelayHeap:
    def __init__(self):
        self._heap = []
        self._entries = {}
        self._seq = itertools.count()

    def __len__(self):
        return len(self._entries)

    def __contains__(self, job_id):
        return job_id in self._entries

    def schedule(self, job_id, due, keep_earlier=False):
        """Schedule ``job_id`` at ``due``, replacing an existing schedule.

        With ``keep_earlier`` an existing schedule that is not later than
        ``due`` is kept instead (debounce-style). Returns True if the job's
        due time was set to ``due``.
        """
        old = self._entries.get(job_id)
        if old is not None:
            if not keep_earlier and old[0] <= due:
                return False
            old[-1] = _REMOVED
        entry = [due, next(self._seq), job_id]
        self._entries[job_id] = entry
        heapq.heappush(self._heap, entry)
        return True

    def cancel(self, job_id):
        entry = self._entries.pop(job_id, None)
        if entry is None:
            return False
        entry[-1] = _REMOVED
        return True

    def due_at(self, job_id):
        entry = self._entries.get(job_id)
        return None if entry is None else entry[0]

    def pop_due(self, now):
        """Remove and return the ids of all jobs due at or before ``now``."""
        ready = []
        while self._heap and self._heap[0][0] <= now:
            _, _, job_id = heapq.heappop(self._heap)
            if job_id is _REMOVED:
                continue
            del self._entries[job_id]
            ready.append(job_id)
        return ready

    def next_due(self):
        while self._heap and self._heap[0][-1] is _REMOVED:
            heapq.heappop(self._heap)
        return self._heap[0][0] if self._heap else None
