"""Agent long-term memory that merges near-duplicate notes instead of storing them twice."""

import math
from dataclasses import dataclass, field
from typing import Callable, Iterable


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@dataclass
class MemoryItem:
    key: int
    text: str
    vector: list[float]
    created: float
    last_seen: float
    hits: int = 1
    tags: set[str] = field(default_factory=set)


class DedupMemory:
    def __init__(self, embed: Callable[[str], list[float]], threshold: float = 0.92, capacity: int = 100):
        self.embed = embed
        self.threshold = threshold
        self.capacity = capacity
        self.items: dict[int, MemoryItem] = {}
        self._next_key = 0

    def _ranked(self, vec: list[float]) -> list[tuple[float, MemoryItem]]:
        scored = [(_cosine(vec, item.vector), item) for item in self.items.values()]
        return sorted(scored, key=lambda pair: (-pair[0], pair[1].key))

    def remember(self, text: str, now: float, tags: Iterable[str] = ()) -> tuple[int, bool]:
        """Store text; returns (key, created). A near-duplicate is merged into the existing note."""
        vec = self.embed(text)
        ranked = self._ranked(vec)
        if ranked and ranked[0][0] >= self.threshold:
            item = ranked[0][1]
            item.hits += 1
            item.last_seen = now
            item.tags.update(tags)
            if len(text) > len(item.text):
                item.text, item.vector = text, vec
            return item.key, False
        if len(self.items) >= self.capacity:
            self._evict()
        key = self._next_key
        self._next_key += 1
        self.items[key] = MemoryItem(key, text, vec, created=now, last_seen=now, tags=set(tags))
        return key, True

    def _evict(self) -> None:
        """Drop the least useful note: fewest hits, then least recently seen."""
        victim = min(self.items.values(), key=lambda m: (m.hits, m.created))
        del self.items[victim.key]

    def recall(self, query: str, now: float, k: int = 3, min_sim: float = 0.5) -> list[str]:
        ranked = [(s, m) for s, m in self._ranked(self.embed(query)) if s >= min_sim][:k]
        for _, item in ranked:
            item.last_seen = now
        return [item.text for _, item in ranked]
