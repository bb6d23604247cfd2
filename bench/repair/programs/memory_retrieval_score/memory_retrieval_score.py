"""Rank an agent's memories for retrieval, in the style of Generative Agents.

Each memory is a dict with "id", "importance" (1-10), "last_access" (seconds) and
"embedding". Three components are computed per memory:

  recency    = decay ** (hours since last access)
  importance = the memory's importance
  relevance  = cosine similarity of its embedding with the query embedding

Each component is min-max normalised over the candidates to [0, 1] (a component that is the
same for every candidate becomes 0), and the score is their weighted sum. The best `k` are
returned as (id, score) pairs, best first, ties in the given order.
"""

from __future__ import annotations

import math


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm_a = math.sqrt(sum(x * x for x in a))
    norm_b = math.sqrt(sum(y * y for y in b))
    if norm_a == 0 or norm_b == 0:
        return 0.0
    return dot / (norm_a * norm_b)


def normalise(values: list[float]) -> list[float]:
    low, high = min(values), max(values)
    if high == low:
        return [0.0] * len(values)
    return [(v - low) / (high - low) for v in values]


def rank(memories: list[dict], query: list[float], now: float, k: int = 3,
         decay: float = 0.99, weights: tuple[float, float, float] = (1.0, 1.0, 1.0)):
    if not memories:
        return []
    hours = [(now - m["last_access"]) * 3600 for m in memories]
    recency = normalise([decay ** h for h in hours])
    importance = normalise([float(m["importance"]) for m in memories])
    relevance = normalise([cosine(m["embedding"], query) for m in memories])
    w_recency, w_importance, w_relevance = weights
    scores = [w_recency * r + w_importance * i + w_relevance * v
              for r, i, v in zip(recency, importance, relevance)]
    order = sorted(range(len(memories)), key=lambda j: -scores[j])
    return [(memories[j]["id"], round(scores[j], 4)) for j in order[:k]]
