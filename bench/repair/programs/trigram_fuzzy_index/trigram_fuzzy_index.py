"""Fuzzy word lookup through an index of character trigrams (pg_trgm style)."""
from collections import defaultdict


def trigrams(word):
    """Set of trigrams of the word padded with two spaces in front and one behind."""
    padded = "  " + word.lower() + " "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class TrigramIndex:
    def __init__(self, words=()):
        self._grams = {}                   # word -> its trigram set
        self._postings = defaultdict(set)  # trigram -> words containing it
        for word in words:
            self.add(word)

    def add(self, word):
        if word in self._grams:
            return
        grams = trigrams(word)
        self._grams[word] = grams
        for gram in grams:
            self._postings[gram].add(word)

    def similarity(self, a, b):
        """Jaccard similarity of the two words' trigram sets."""
        left, right = trigrams(a), trigrams(b)
        shared = len(left & right)
        return shared / (len(left) + len(right) - shared)

    def lookup(self, query, threshold=0.3, limit=5):
        """(word, score) pairs scoring at least threshold, best first, ties by word."""
        query_grams = trigrams(query)
        shared = defaultdict(int)
        for gram in query_grams:
            for word in self._postings.get(gram, ()):
                shared[word] += 1
        results = []
        for word, count in shared.items():
            score = count / (len(query_grams) + len(self._grams[word]) + count)
            if score >= threshold:
                results.append((word, round(score, 4)))
        results.sort(key=lambda pair: (-pair[1], pair[0]))
        return results[:limit]
