"""Keyword-indexed long-term memory for an agent: notes keyed by name."""
import itertools
import re
from collections import Counter

STOP_WORDS = frozenset("a an and the of to in on is are was for with it this that".split())


def terms(text):
    return {w for w in re.findall(r"[a-z0-9_]+", text.lower()) if w not in STOP_WORDS}


class KeywordMemory:
    def __init__(self):
        self._notes = {}     # key -> text
        self._postings = {}  # term -> set of keys
        self._stamp = {}     # key -> last write, higher is newer
        self._clock = itertools.count(1)

    def _index(self, key, text):
        for term in terms(text):
            self._postings.setdefault(term, set()).add(key)

    def remember(self, key, text):
        """Store text under key, replacing what was there."""
        self.forget(key)
        self._notes[key] = text
        self._index(key, text)
        self._stamp[key] = next(self._clock)

    def append(self, key, text):
        """Add a line to an existing note, or start it."""
        if key not in self._notes:
            self.remember(key, text)
            return
        self._notes[key] += "\n" + text
        self._index(key, text)

    def forget(self, key):
        text = self._notes.pop(key, None)
        if text is None:
            return False
        del self._stamp[key]
        for term in terms(text):
            keys = self._postings[term]
            keys.discard(key)
            if not keys:
                del self._postings[term]
        return True

    def recall(self, query, limit=3):
        """(key, text) of notes sharing the most query terms; newer notes win ties."""
        scores = Counter()
        for term in terms(query):
            for key in self._postings.get(term, ()):
                scores[key] += 1
        ranked = sorted(scores, key=lambda key: (-scores[key], -self._stamp[key]))
        return [(key, self._notes[key]) for key in ranked[:limit]]

    def recent(self, limit=5):
        """Keys of the most recently written notes, newest first."""
        return sorted(self._stamp, key=self._stamp.get, reverse=True)[:limit]
