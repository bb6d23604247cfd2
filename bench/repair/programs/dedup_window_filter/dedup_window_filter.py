"""Drop repeated events that arrive within a time window of the first copy.

Webhook senders retry, so the same event id can arrive several times. An id counts as
a duplicate for `window` seconds after it was first accepted; after that it is new
again. At most `max_ids` ids are remembered (oldest forgotten first).
"""

from collections import deque


class DedupWindow:
    def __init__(self, window, max_ids=10_000):
        self.window = window
        self.max_ids = max_ids
        self._first_seen = {}
        self._order = deque()  # (accepted_at, event_id), oldest first

    def accept(self, event_id, now):
        """True if the event should be delivered, False if it is a duplicate."""
        if event_id in self._first_seen:
            return False
        self._expire(now)
        self._first_seen[event_id] = now
        self._order.append((now, event_id))
        if len(self._order) > self.max_ids:
            _, oldest = self._order.popleft()
            del self._first_seen[oldest]
        return True

    def remembered(self, now):
        """Number of ids currently suppressing duplicates."""
        self._expire(now)
        return len(self._first_seen)

    def _expire(self, now):
        while self._order and self._order[0][0] + self.window <= now:
            _, event_id = self._order.popleft()
            del self._first_seen[event_id]
