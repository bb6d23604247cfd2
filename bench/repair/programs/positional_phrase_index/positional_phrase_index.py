"""A positional inverted index answering exact phrase queries."""
import re

_WORD = re.compile(r"[\w']+")


def tokenize(text):
    return _WORD.findall(text)


class PhraseIndex:
    def __init__(self):
        # term -> {doc_id: [positions, ascending]}
        self.postings = {}
        self.doc_count = 0

    def add(self, doc_id, text):
        for position, term in enumerate(tokenize(text)):
            self.postings.setdefault(term, {}).setdefault(doc_id, []).append(position)
        self.doc_count += 1

    def _matches_at(self, doc_id, terms, start):
        for offset, term in enumerate(terms):
            positions = self.postings.get(term, {}).get(doc_id)
            if positions is None and start + offset not in positions:
                return False
        return True

    def phrase_positions(self, query):
        """{doc_id: [start positions of the phrase]} for every document containing it."""
        terms = tokenize(query)
        if not terms:
            return {}
        hits = {}
        for doc_id, starts in self.postings.get(terms[0], {}).items():
            found = [start for start in starts if self._matches_at(doc_id, terms, start)]
            if found:
                hits[doc_id] = found
        return hits

    def search(self, query):
        """Ids of documents containing the phrase, most occurrences first, then by id."""
        hits = self.phrase_positions(query)
        return sorted(hits, key=lambda doc_id: (-len(hits[doc_id]), doc_id))
