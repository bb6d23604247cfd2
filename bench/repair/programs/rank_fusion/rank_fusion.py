"""Reciprocal rank fusion: one ranking from the result lists of several retrievers.

Each retriever (keyword search, vector search, ...) returns passage ids best first. A
passage earns weight / (k + rank) from every list it appears in, rank counted from 1.
"""

import heapq
from collections.abc import Mapping, Sequence

DEFAULT_K = 60


def fuse(
    rankings: Mapping[str, Sequence[str]],
    *,
    k: int = DEFAULT_K,
    weights: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """Fused score of every passage; a passage listed twice by one retriever counts once."""
    scores: dict[str, float] = {}
    for retriever, ranking in rankings.items():
        weight = 1.0 if weights is None else weights.get(retriever, 1.0)
        seen: set[str] = set()
        for rank, pid in enumerate(ranking, start=1):
            if pid in seen:
                continue
            seen.add(pid)
            scores[pid] = scores.get(pid, 0.0) + weight / (k + rank)
    return scores


def top_passages(
    rankings: Mapping[str, Sequence[str]],
    limit: int,
    *,
    k: int = DEFAULT_K,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[str, float]]:
    """The limit best passages with their scores; ties keep the order passages were first seen."""
    scores = fuse(rankings, k=k, weights=weights)
    best = heapq.nlargest(limit, scores)
    return [(pid, scores[pid]) for pid in best]


def agreement(rankings: Mapping[str, Sequence[str]], depth: int) -> float:
    """Share of the passages in the retrievers' top-depth lists that every retriever found."""
    tops = [set(ranking[:depth]) for ranking in rankings.values()]
    if not tops:
        return 0.0
    union = set().union(*tops)
    if not union:
        return 0.0
    return len(set.intersection(*tops)) / len(union)
