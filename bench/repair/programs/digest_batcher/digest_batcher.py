"""Batch notifications into per-user digests.

A digest opens with the first notification a user receives. It is flushed
when it holds ``max_items`` notifications, or by ``due()`` once ``window``
seconds have passed since it opened.
"""

from collections import defaultdict


class DigestBatcher:
    def __init__(self, window=300.0, max_items=10):
        self.window = window
        self.max_items = max_items
        self._pending = defaultdict(list)
        self._opened = {}

    def add(self, user, notification, now):
        """Queue a notification; return the digest if this one fills it."""
        self._opened.setdefault(user, now)
        batch = self._pending[user]
        batch.append(notification)
        if len(batch) < self.max_items:
            return None
        del self._pending[user]
        opened = self._opened[user]
        return {"user": user, "opened": opened, "items": batch}

    def pending(self, user):
        return len(self._pending.get(user, ()))

    def _flush(self, user):
        items = self._pending.pop(user, [])
        opened = self._opened.pop(user)
        return {"user": user, "opened": opened, "items": items}

    def due(self, now):
        """Flush every digest whose window has elapsed, oldest first."""
        ready = [u for u, t in self._opened.items() if now - t >= self.window]
        ready.sort(key=lambda u: (self._opened[u], u))
        return [self._flush(u) for u in ready]

    def flush_all(self):
        """Flush everything, e.g. on shutdown."""
        return [self._flush(u) for u in sorted(self._opened)]
