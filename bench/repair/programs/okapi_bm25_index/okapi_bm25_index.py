"""A small in-memory Okapi BM25 index for ranking text passages."""

import math
import re
from collections import Counter

TOKEN = re.compile(r"[a-z0-9]+")


def tokenize(text):
    return TOKEN.findall(text.lower())


class BM25Index:
    def __init__(self, docs, k1=1.5, b=0.75):
        self.k1 = k1
        self.b = b
        self.tf = [Counter(tokenize(doc)) for doc in docs]
        self.doc_len = [sum(tf.values()) for tf in self.tf]
        self.n_docs = len(docs)
        self.avgdl = sum(self.doc_len) / self.n_docs if self.n_docs else 0.0
        self.df = Counter()
        for tf in self.tf:
            self.df.update(tf.keys())

    def idf(self, term):
        df = self.df.get(term, 0)
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))

    def score(self, query, i):
        tf = self.tf[i]
        norm = 1 - self.b + self.b * self.avgdl / self.doc_len[i]
        total = 0.0
        for term in tokenize(query):
            f = tf.get(term, 0)
            if f:
                total += self.idf(term) * f * (self.k1 + 1) / (f + self.k1 * norm)
        return total

    def search(self, query, k=10):
        """Return up to k (doc index, score) pairs with a positive score, best first."""
        hits = []
        for i in range(self.n_docs):
            s = self.score(query, i)
            if s > 0:
                hits.append((i, s))
        hits.sort(key=lambda hit: (-hit[1], hit[0]))
        return hits[:k]
