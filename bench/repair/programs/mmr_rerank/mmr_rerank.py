"""Maximal marginal relevance: choose retrieved passages that answer the query without
repeating each other, so near-duplicate chunks do not crowd the context window."""

import math
from collections.abc import Mapping, Sequence

Vector = Sequence[float]


def cosine(a: Vector, b: Vector) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm_a = math.sqrt(sum(x * x for x in a))
    norm_b = math.sqrt(sum(y * y for y in b))
    if norm_a == 0 or norm_b == 0:
        return 0.0
    return dot / (norm_a * norm_b)


def mmr_select(
    query: Vector,
    candidates: Mapping[str, Vector],
    limit: int,
    diversity: float = 0.5,
) -> list[str]:
    """Pick up to limit candidate ids, greedily maximising
    (1 - diversity) * sim(query, c) - diversity * max sim(c, already picked).

    diversity 0 is plain relevance order; ties go to the candidate listed first.
    """
    if not 0.0 <= diversity <= 1.0:
        raise ValueError(f"diversity must be within [0, 1], got {diversity}")
    relevance = {cid: cosine(query, vector) for cid, vector in candidates.items()}
    picked: list[str] = []
    remaining = list(candidates)
    while remaining and len(picked) < limit:
        best_id, best_score = remaining[0], -math.inf
        for cid in remaining:
            vector = candidates[cid]
            redundancy = max((cosine(vector, candidates[p]) for p in remaining), default=0.0)
            score = (1 - diversity) * relevance[cid] - diversity * redundancy
            if score > best_score:
                best_id, best_score = cid, score
        picked.append(best_id)
        remaining.remove(best_id)
    return picked
