"""Top-k selection over retrieval scores that does not split ties at the cutoff."""

TIE_TOLERANCE = 1e-9


def rank(scores):
    """Sort (doc_id, score) pairs by score, best first; equal scores by doc id."""
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def top_k(scores, k, keep_ties=True, tol=TIE_TOLERANCE):
    """Return the k best (doc_id, score) pairs.

    With keep_ties, every document whose score ties the k-th score is returned
    as well, so the result may be longer than k.
    """
    if k <= 0:
        return []
    ranked = rank(scores)
    if not keep_ties or len(ranked) <= k:
        return ranked[:k]
    cutoff = ranked[k - 1][1]
    end = k
    while end < len(ranked) and cutoff - ranked[end][1] <= tol:
        end += 1
    return ranked[:k]


def competition_ranks(ranked, tol=TIE_TOLERANCE):
    """Standard competition ranks ("1224") for an already ranked list."""
    ranks = []
    for pos, (_, score) in enumerate(ranked, start=1):
        if ranks and prev - score <= tol:
            ranks.append(ranks[-1])
        else:
            ranks.append(pos)
        prev = score
    return ranks
