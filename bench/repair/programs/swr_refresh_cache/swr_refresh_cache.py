"""Stale-while-revalidate cache in front of a slow loader (a tool call, a fetch).

A value is fresh for max_age seconds. For the next stale_for seconds it is
still served as is, but a background refresh of its key is queued once. Past
that the caller waits for a synchronous reload.
"""


class SWRCache:
    def __init__(self, loader, max_age, stale_for, clock):
        self._loader = loader
        self.max_age = max_age
        self.stale_for = stale_for
        self._clock = clock
        self._entries = {}   # key -> (loaded_at, value)
        self.pending = []    # keys waiting for a background refresh, oldest first
        self._queued = set()

    def _load(self, key):
        value = self._loader(key)
        self._entries[key] = (self._clock(), value)
        return value

    def get(self, key):
        entry = self._entries.get(key)
        if entry is None:
            return self._load(key)
        loaded_at, value = entry
        age = self._clock() - loaded_at
        if age < self.max_age:
            return value
        if age < self.max_age + self.stale_for:
            if key in self._queued:
                self._queued.add(key)
                self.pending.append(key)
            return value
        return self._load(key)

    def run_pending(self):
        """Do the queued refreshes, as the background worker would; return how many ran."""
        done = 0
        while self.pending:
            key = self.pending.pop(0)
            self._queued.discard(key)
            self._load(key)
            done += 1
        return done
