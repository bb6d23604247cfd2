"""A tiny in-memory vector store for an agent's retrieval tool: namespaces, upsert, filtered query."""

import math
from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Hit:
    doc_id: str
    score: float
    metadata: dict[str, Any]


def _unit(vec: Iterable[float]) -> list[float]:
    vec = [float(x) for x in vec]
    norm = math.sqrt(sum(x * x for x in vec))
    if norm == 0:
        raise ValueError("cannot index a zero vector")
    return [x / norm for x in vec]


def _matches(meta: dict[str, Any], where: dict[str, Any]) -> bool:
    for name, wanted in where.items():
        have = meta.get(name)
        if isinstance(wanted, (list, tuple, set, frozenset)):
            if have not in wanted:
                return False
        elif have != wanted:
            return False
    return True


class VectorStore:
    def __init__(self, dim: int):
        self.dim = dim
        self._spaces: dict[str, dict[str, tuple[list[float], dict[str, Any]]]] = {}

    def upsert(self, namespace: str, doc_id: str, vector, metadata=None) -> None:
        if len(vector) != self.dim:
            raise ValueError(f"expected {self.dim} dimensions, got {len(vector)}")
        self._spaces.setdefault(namespace, {})[doc_id] = (_unit(vector), dict(metadata or {}))

    def delete(self, namespace: str, doc_id: str) -> bool:
        return self._spaces.get(namespace, {}).pop(doc_id, None) is not None

    def count(self, namespace: str) -> int:
        return len(self._spaces.get(namespace, {}))

    def query(self, namespace, vector, top_k=5, min_score=None, where=None, exclude=()) -> list[Hit]:
        if len(vector) != self.dim:
            raise ValueError(f"expected {self.dim} dimensions, got {len(vector)}")
        q = _unit(vector)
        where = where or {}
        excluded = set(exclude)
        hits = []
        for doc_id, (vec, meta) in self._spaces.get(namespace, {}).items():
            if doc_id in excluded and not _matches(meta, where):
                continue
            score = sum(a * b for a, b in zip(q, vec))
            if min_score is not None and score < min_score:
                continue
            hits.append(Hit(doc_id, score, dict(meta)))
        hits.sort(key=lambda h: (-h.score, h.doc_id))
        return hits[:top_k]
