"""Reciprocal-rank fusion of the result lists returned by several retrievers.

A document at (1-based) rank r in a retriever's list earns weight / (k + r)
from that retriever; the fused list is ordered by the summed score.
"""

from collections import defaultdict

DEFAULT_K = 60


def fuse(rankings, k=DEFAULT_K, weights=None, limit=None):
    """rankings: mapping retriever name -> list of doc ids, best first.

    Returns [(doc_id, score), ...], best first; equal scores keep the order in
    which the documents were first seen.
    """
    weights = weights or {}
    scores = defaultdict(float)
    for name, ranking in rankings.items():
        weight = weights.get(name, 1.0)
        if weight <= 0:
            continue
        seen = set()
        for rank, doc_id in enumerate(ranking):
            if doc_id in seen:
                continue
            seen.add(doc_id)
            scores[doc_id] += weight / (k + rank)
    fused = sorted(scores.items(), key=lambda item: -item[1])
    return fused[:limit] if limit is not None else fused


def fuse_hits(results, k=DEFAULT_K, limit=10):
    """Fuse tool results shaped like {"retriever": [{"id": ...}, ...]}; return ids."""
    rankings = {name: [hit["id"] for hit in hits] for name, hits in results.items()}
    return [doc_id for doc_id, _ in fuse(rankings, k=k, limit=limit)]
