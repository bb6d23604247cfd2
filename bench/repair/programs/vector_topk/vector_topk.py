"""In-memory vector index for retrieval: cosine top-k with a per-document chunk limit."""

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    vector: tuple[float, ...]


@dataclass(frozen=True)
class Hit:
    chunk_id: str
    doc_id: str
    score: float


def _norm(vector: Sequence[float]) -> float:
    return math.sqrt(sum(x * x for x in vector))


class VectorIndex:
    def __init__(self, dimensions: int) -> None:
        self.dimensions = dimensions
        self._chunks: list[Chunk] = []

    def add(self, chunk_id: str, doc_id: str, vector: Sequence[float]) -> None:
        if len(vector) != self.dimensions:
            raise ValueError(f"expected {self.dimensions} dimensions, got {len(vector)}")
        self._chunks.append(Chunk(chunk_id, doc_id, tuple(vector)))

    def search(
        self, query: Sequence[float], k: int = 3, per_doc: int = 1, min_score: float = 0.0
    ) -> list[Hit]:
        """Best chunks by cosine similarity, at most `per_doc` of them from one document."""
        query_norm = _norm(query)
        if query_norm == 0:
            return []
        scored: list[Hit] = []
        for chunk in self._chunks:
            chunk_norm = _norm(chunk.vector)
            if chunk_norm == 0:
                continue
            dot = sum(q * c for q, c in zip(query, chunk.vector))
            score = dot / (query_norm * chunk_norm)
            if dot >= min_score:
                scored.append(Hit(chunk.chunk_id, chunk.doc_id, score))
        scored.sort(key=lambda hit: (-hit.score, hit.chunk_id))
        hits: list[Hit] = []
        taken: dict[str, int] = {}
        for hit in scored:
            if taken.get(hit.doc_id, 0) >= per_doc:
                continue
            taken[hit.doc_id] = taken.get(hit.doc_id, 0) + 1
            hits.append(hit)
            if len(hits) == k:
                break
        return hits
