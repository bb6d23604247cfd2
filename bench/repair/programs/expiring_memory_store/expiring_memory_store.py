"""Long-term memory for an agent.

Entries may carry a time-to-live. The store has a size limit in characters; when a new
entry does not fit, expired entries are dropped first, then the least important entries
are evicted (the oldest first among equally important ones).
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class Memory:
    key: str
    text: str
    importance: float
    expires_at: float | None
    seq: int


class MemoryStore:
    def __init__(self, max_chars: int, clock=time.monotonic):
        self.max_chars = max_chars
        self._clock = clock
        self._items: dict[str, Memory] = {}
        self._used = 0
        self._seq = 0

    @property
    def used(self) -> int:
        return self._used

    def remember(self, key: str, text: str, importance: float = 0.5,
                 ttl: float | None = None) -> None:
        if len(text) > self.max_chars:
            raise ValueError(f"memory {key!r} is larger than the whole store")
        now = self._clock()
        self.forget(key)
        self._drop_expired(now)
        while self._used + len(text) > self.max_chars:
            self._evict_one()
        self._seq += 1
        expires_at = None if ttl is None else now + ttl
        self._items[key] = Memory(key, text, importance, expires_at, self._seq)
        self._used += len(text)

    def recall(self, key: str) -> str | None:
        self._drop_expired(self._clock())
        memory = self._items.get(key)
        return None if memory is None else memory.text

    def keys(self) -> list[str]:
        self._drop_expired(self._clock())
        return sorted(self._items, key=lambda k: self._items[k].seq)

    def forget(self, key: str) -> bool:
        memory = self._items.pop(key, None)
        if memory is None:
            return False
        self._used -= len(memory.text)
        return True

    def _drop_expired(self, now: float) -> None:
        expired = [m.key for m in self._items.values()
                   if m.expires_at is not None and m.expires_at <= now]
        for key in expired:
            self.forget(key)

    def _evict_one(self) -> None:
        victim = min(self._items.values(), key=lambda m: (m.importance, m.seq))
        del self._items[victim.key]
