"""Caches text embeddings in memory so repeated chunks are not sent to the provider again."""

from collections import OrderedDict
from collections.abc import Callable, Sequence

Vector = list[float]
Embedder = Callable[[list[str]], list[Vector]]


class EmbeddingCache:
    """Least-recently-used cache in front of a batch embedding function."""

    def __init__(self, embed: Embedder, capacity: int = 1024) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self._embed = embed
        self.capacity = capacity
        self._entries: OrderedDict[str, Vector] = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, text: object) -> bool:
        return text in self._entries

    def get(self, text: str) -> Vector:
        if text in self._entries:
            self._entries.move_to_end(text)
            self.hits += 1
            return self._entries[text]
        self.misses += 1
        vector = self._embed([text])[0]
        self._store(text, vector)
        return vector

    def get_many(self, texts: Sequence[str]) -> list[Vector]:
        """One provider call for all texts not cached yet; results in input order."""
        found: dict[str, Vector] = {}
        missing: list[str] = []
        for text in texts:
            if text in self._entries:
                self.hits += 1
                found[text] = self._entries[text]
            elif text not in missing:
                self.misses += 1
                missing.append(text)
        if missing:
            for text, vector in zip(missing, self._embed(missing)):
                self._store(text, vector)
                found[text] = vector
        return [found[text] for text in texts]

    def _store(self, text: str, vector: Vector) -> None:
        self._entries[text] = vector
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)
            self.evictions += 1
