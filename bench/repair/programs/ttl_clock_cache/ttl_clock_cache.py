"""A time-to-live cache with an injectable clock.

An entry stored at time t with lifetime ttl is served until t + ttl; from that
instant on it counts as expired and is dropped the next time it is seen.
"""
import time


class TTLCache:
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl
        self._clock = clock
        self._entries = {}  # key -> (expires_at, value)

    def set(self, key, value, ttl=None):
        lifetime = self.ttl if ttl is None else ttl
        self._entries[key] = (self._clock() + lifetime, value)

    @staticmethod
    def _expired(expires_at, now):
        return now > expires_at

    def get(self, key, default=None):
        entry = self._entries.get(key)
        if entry is None:
            return default
        expires_at, value = entry
        if self._expired(expires_at, self._clock()):
            del self._entries[key]
            return default
        return value

    def remaining(self, key):
        """Seconds until key expires, or None if it is missing or already expired."""
        entry = self._entries.get(key)
        if entry is None or self._expired(entry[0], self._clock()):
            return None
        return entry[0] - self._clock()

    def purge(self):
        """Drop every expired entry and return how many were dropped."""
        now = self._clock()
        dead = [key for key, (expires_at, _) in self._entries.items()
                if self._expired(expires_at, now)]
        for key in dead:
            del self._entries[key]
        return len(dead)

    def __len__(self):
        now = self._clock()
        return sum(1 for expires_at, _ in self._entries.values()
                   if not self._expired(expires_at, now))
