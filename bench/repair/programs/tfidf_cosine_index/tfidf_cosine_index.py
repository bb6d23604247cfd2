"""TF-IDF vectors with cosine similarity for searching a handful of notes."""

import math
import re
from collections import Counter


def tokenize(text):
    return re.findall(r"[a-z0-9]+", text.lower())


class TfidfIndex:
    def __init__(self, docs):
        """docs: mapping of document id -> text."""
        self.ids = list(docs)
        tokenized = [tokenize(docs[doc_id]) for doc_id in self.ids]
        n = len(tokenized)
        df = Counter()
        for tokens in tokenized:
            df.update(set(tokens))
        # smoothed idf, as in scikit-learn
        self.idf = {term: math.log((1 + n) / (1 + count)) + 1 for term, count in df.items()}
        self.vectors = [self.vectorize(tokens) for tokens in tokenized]

    def vectorize(self, tokens):
        counts = Counter(t for t in tokens if t in self.idf)
        weights = {term: tf * self.idf[term] for term, tf in counts.items()}
        norm = sum(w * w for w in weights.values())
        if norm == 0:
            return {}
        return {term: w / norm for term, w in weights.items()}

    def similarity(self, query, doc_id):
        q = self.vectorize(tokenize(query))
        vec = self.vectors[self.ids.index(doc_id)]
        return sum(w * vec.get(term, 0.0) for term, w in q.items())

    def search(self, query, k=5, min_score=0.0):
        q = self.vectorize(tokenize(query))
        results = []
        for doc_id, vec in zip(self.ids, self.vectors):
            score = sum(w * vec.get(term, 0.0) for term, w in q.items())
            if score > min_score:
                results.append((doc_id, score))
        results.sort(key=lambda r: -r[1])
        return results[:k]
