"""Fixed-capacity ring buffer that overwrites its oldest item when full (e.g. recent log lines)."""

from collections.abc import Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Ring(Generic[T]):
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._slots: list[Any] = [None] * capacity
        self._capacity = capacity
        self._head = 0  # slot holding the oldest item
        self._size = 0
        self.dropped = 0  # items overwritten so far

    def __len__(self) -> int:
        return self._size

    def full(self) -> bool:
        return self._size == self._capacity

    def append(self, item: T) -> None:
        tail = (self._head + self._size) % self._capacity
        self._slots[tail] = item
        if self.full():
            self._head = (self._head + 1) % self._capacity
            self.dropped += 1
        else:
            self._size += 1

    def extend(self, items: list[T]) -> None:
        for item in items:
            self.append(item)

    def popleft(self) -> T:
        if not self._size:
            raise IndexError("pop from an empty ring")
        item = self._slots[self._head]
        self._slots[self._head] = None
        self._head = (self._head + 1) % self._capacity
        self._size -= 1
        return item

    def __getitem__(self, index: int) -> T:
        if index < 0:
            index += self._capacity
        if not 0 <= index < self._size:
            raise IndexError("ring index out of range")
        return self._slots[(self._head + index) % self._capacity]

    def __iter__(self) -> Iterator[T]:
        for offset in range(self._size):
            yield self._slots[(self._head + offset) % self._capacity]

    def latest(self, count: int) -> list[T]:
        """The newest count items, oldest first."""
        count = max(0, min(count, self._size))
        return [self[index] for index in range(self._size - count, self._size)]
