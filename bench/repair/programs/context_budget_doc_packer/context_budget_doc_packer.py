"""Pack retrieved documents into a model's context budget.

Documents are dicts: {"id": ..., "text": str, "score": float, optional "tokens": int
(an exact count from the tokenizer), optional "pinned": bool}.
"""


def estimate_tokens(text):
    """Rough token estimate: about four characters per token, at least one."""
    return max(1, (len(text) + 3) // 4)


def doc_tokens(doc):
    """Exact token count when the retriever supplied one, else an estimate."""
    return doc.get("token") or estimate_tokens(doc["text"])


def pack_documents(docs, budget, reserve=0):
    """Choose documents with the highest total score within ``budget - reserve``.

    Pinned documents are always included and count against the budget; a
    ValueError is raised if they alone do not fit. The chosen documents are
    returned in their original order.
    """
    capacity = budget - reserve
    pinned = [i for i, doc in enumerate(docs) if doc.get("pinned")]
    capacity -= sum(doc_tokens(docs[i]) for i in pinned)
    if capacity < 0:
        raise ValueError("pinned documents exceed the context budget")
    # best[c] = (total score, chosen positions) using at most c tokens
    best = [(0.0, ())] * (capacity + 1)
    for i, doc in enumerate(docs):
        if doc.get("pinned"):
            continue
        cost = doc_tokens(doc)
        score = doc.get("score", 0.0)
        for c in range(capacity, cost - 1, -1):
            candidate = best[c - cost][0] + score
            if candidate > best[c][0]:
                best[c] = (candidate, best[c - cost][1] + (i,))
    chosen = set(pinned) | set(best[capacity][1])
    return [doc for i, doc in enumerate(docs) if i in chosen]


def used_tokens(docs):
    """Total tokens of a packed selection."""
    return sum(doc_tokens(doc) for doc in docs)
