"""Keyword recall over an agent's memories.

Each memory is scored against the query with tf-idf: for every distinct query term, the
number of times the term occurs in the memory times log(1 + N / df), where N is the number
of memories and df the number of memories containing the term. Memories scoring 0 are
left out; the rest come best first, ties going to the more recent memory (the later one in
the list). Scores are rounded to 4 decimals.
"""

import math
import re

_WORD = re.compile(r"[a-z0-9']+")
STOPWORDS = frozenset({"a", "an", "and", "for", "in", "is", "of", "on", "the", "to"})


def tokenize(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


def idf(n_docs: int, doc_freq: int) -> float:
    return math.log(n_docs / doc_freq)


def recall(memories: list[str], query: str, k: int = 3) -> list[tuple[str, float]]:
    docs = [tokenize(memory) for memory in memories]
    terms = set(tokenize(query))
    df = {term: sum(1 for doc in docs if term in doc) for term in terms}
    scored = []
    for index, doc in enumerate(docs):
        score = 0.0
        for term in terms:
            if df[term]:
                score += doc.count(term) * idf(len(docs), df[term])
        if score > 0:
            scored.append((score, index))
    scored.sort(key=lambda pair: (-pair[0], -pair[1]))
    return [(memories[index], round(score, 4)) for score, index in scored[:k]]
