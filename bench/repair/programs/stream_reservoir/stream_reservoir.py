"""Seeded reservoir sampling (Algorithm R) over a stream of unknown length."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Reservoir(Generic[T]):
    """Keeps a uniform random sample of `size` items from everything offered so far."""

    def __init__(self, size: int, seed: int | None = None) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self.size = size
        self.seen = 0
        self._items: list[T] = []
        self._rng = random.Random(seed)

    def offer(self, item: T) -> bool:
        """Offer one item; True if it went into the sample."""
        taken = True
        if len(self._items) < self.size:
            self._items.append(item)
        else:
            slot = self._rng.randrange(self.seen)
            taken = slot < self.size
            if taken:
                self._items[slot] = item
        self.seen += 1
        return taken

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.offer(item)

    @property
    def sample(self) -> list[T]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)


def sample_stream(items: Iterable[T], size: int, seed: int | None = None) -> list[T]:
    reservoir: Reservoir[T] = Reservoir(size, seed)
    reservoir.extend(items)
    return reservoir.sample
