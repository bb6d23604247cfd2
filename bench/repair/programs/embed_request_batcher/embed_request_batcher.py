"""Normalize, deduplicate, cache and batch texts before they go to an embedding backend."""

import math
from typing import Callable, Sequence

Vector = list[float]
EmbedFn = Callable[[list[str]], Sequence[Sequence[float]]]


def normalize_text(text: str) -> str:
    """Collapse runs of whitespace and lower-case, so trivial variants share a cache entry."""
    return " ".join(text.split()).lower()


def l2_normalize(vec: Sequence[float]) -> Vector:
    norm = math.sqrt(sum(x * x for x in vec))
    if norm == 0:
        return [0.0 for _ in vec]
    return [x / norm for x in vec]


class EmbeddingBatcher:
    def __init__(self, embed_fn: EmbedFn, batch_size: int = 16, max_chars: int = 2000):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.embed_fn = embed_fn
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.cache: dict[str, Vector] = {}
        self.calls = 0
        self.texts_sent = 0

    def _key(self, text: str) -> str:
        return normalize_text(text)[: self.max_chars]

    def _batches(self, items: list[str]):
        for start in range(0, len(items), self.batch_size):
            yield items[start : start + self.batch_size]

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        """Return one unit vector per input text, in input order."""
        keys = [self._key(text) for text in texts]
        pending: list[str] = []
        queued: set[str] = set()
        for key in keys:
            if key in self.cache or key in queued:
                continue
            pending.append(key)
        for batch in self._batches(pending):
            vectors = self.embed_fn(batch)
            if len(vectors) != len(batch):
                raise ValueError(f"backend returned {len(vectors)} vectors for {len(batch)} texts")
            self.calls += 1
            self.texts_sent += len(batch)
            for key, vec in zip(batch, vectors):
                self.cache[key] = vec
        return [list(self.cache[key]) for key in keys]
