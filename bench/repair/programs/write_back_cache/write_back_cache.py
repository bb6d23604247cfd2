"""A write-back cache in front of a slow key-value store, evicting the least recently used."""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol


class Store(Protocol):
    def read(self, key: str) -> str | None: ...

    def write(self, key: str, value: str) -> None: ...


class WriteBackCache:
    def __init__(self, store: Store, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.store = store
        self.capacity = capacity
        self._entries: OrderedDict[str, str] = OrderedDict()
        self._dirty: set[str] = set()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: str) -> str | None:
        if key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key]
        value = self.store.read(key)
        if value is not None:
            self._remember(key, value)
        return value

    def put(self, key: str, value: str) -> None:
        self._dirty.add(key)
        self._remember(key, value)

    def dirty_keys(self) -> list[str]:
        return [key for key in self._entries if key in self._dirty]

    def flush(self) -> int:
        """Write every modified entry to the store; returns how many were written."""
        pending = self.dirty_keys()
        for key in pending:
            self.store.write(key, self._entries[key])
        self._dirty.clear()
        return len(pending)

    def _remember(self, key: str, value: str) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        self._evict_overflow()

    def _evict_overflow(self) -> None:
        while len(self._entries) >= self.capacity:
            key, value = self._entries.popitem(last=False)
            if key in self._dirty:
                self.store.write(key, value)
                self._dirty.discard(key)
