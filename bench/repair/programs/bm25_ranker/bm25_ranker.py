"""Okapi BM25 keyword ranking over the passages an agent has indexed for retrieval."""

import math
import re
from collections import Counter
from collections.abc import Mapping

TOKEN = re.compile(r"[a-z0-9]+")


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


class Bm25Index:
    def __init__(self, passages: Mapping[str, str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._counts = {pid: Counter(tokenize(text)) for pid, text in passages.items()}
        self._lengths = {pid: sum(counts.values()) for pid, counts in self._counts.items()}
        total = sum(self._lengths.values())
        self._avg_length = total / len(self._lengths) if self._lengths else 0.0
        self._df: Counter[str] = Counter()
        for counts in self._counts.values():
            self._df.update(counts.keys())

    def idf(self, term: str) -> float:
        """Lucene's variant, which never goes negative for very common terms."""
        size = len(self._counts)
        df = self._df[term]
        return math.log((size - df + 0.5) / (df + 0.5) + 1)

    def score(self, query: str, pid: str) -> float:
        counts = self._counts[pid]
        total = 0.0
        for term in set(tokenize(query)):
            tf = counts[term]
            if tf == 0:
                continue
            norm = 1 - self.b + self.b * self._avg_length / self._lengths[pid]
            total += self.idf(term) * tf * (self.k1 + 1) / (tf + self.k1 * norm)
        return total

    def search(self, query: str, limit: int = 5) -> list[tuple[str, float]]:
        """Best passages first (ties by id); passages sharing no term with the query are left out."""
        scored = [(pid, self.score(query, pid)) for pid in self._counts]
        matching = [(pid, score) for pid, score in scored if score > 0]
        matching.sort(key=lambda item: (-item[1], item[0]))
        return matching[:limit]
