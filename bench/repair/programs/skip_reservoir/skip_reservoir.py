"""Uniform sample of k items from a stream of unknown length (Li's "Algorithm L").

Instead of drawing a random number for every item, the reservoir draws how many items to
skip before the next replacement, so long streams cost O(k * log(n / k)) random draws.
"""

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class Reservoir(Generic[T]):
    size: int
    seed: int | None = None
    items: list[T] = field(default_factory=list)
    seen: int = 0

    def __post_init__(self) -> None:
        if self.size < 1:
            raise ValueError("reservoir size must be at least 1")
        self._rng = random.Random(self.seed)
        self._weight = 1.0
        self._next_pick = self.size - 1

    def offer(self, item: T) -> None:
        index = self.seen
        self.seen += 1
        if index < self.size:
            self.items.append(item)
            if index == self.size - 1:
                self._advance()
        elif index == self._next_pick:
            self.items[self._rng.randrange(self.size)] = item
            self._advance()

    def extend(self, stream: Iterable[T]) -> "Reservoir[T]":
        for item in stream:
            self.offer(item)
        return self

    def _advance(self) -> None:
        self._weight *= math.exp(math.log(self._rng.random()) / self.size)
        skip = math.log(self._rng.random()) / math.log(1 - self._weight)
        self._next_pick += skip + 1


def sample(stream: Iterable[T], size: int, seed: int | None = None) -> list[T]:
    return Reservoir[T](size, seed).extend(stream).items
