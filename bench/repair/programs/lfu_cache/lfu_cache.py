"""Least-frequently-used cache; among equally used keys the least recently used goes first."""

from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LFUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.evicted: list[K] = []
        self._values: dict[K, V] = {}
        self._uses: dict[K, int] = {}
        self._last_used: dict[K, int] = {}
        self._clock = 0

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def get(self, key: K, default: V | None = None) -> V | None:
        if key not in self._values:
            return default
        self._touch(key)
        return self._values[key]

    def put(self, key: K, value: V) -> None:
        if key not in self._values and len(self._values) > self.capacity:
            self._evict()
        self._values[key] = value
        self._touch(key)

    def uses(self, key: K) -> int:
        return self._uses.get(key, 0)

    def _touch(self, key: K) -> None:
        self._clock += 1
        self._uses[key] = self._uses.get(key, 0) + 1
        self._last_used[key] = self._clock

    def _evict(self) -> None:
        victim = min(self._values, key=lambda k: (self._uses[k], self._last_used[k]))
        del self._values[victim], self._uses[victim], self._last_used[victim]
        self.evicted.append(victim)
