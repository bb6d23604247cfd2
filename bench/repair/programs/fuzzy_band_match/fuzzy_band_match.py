"""Spelling suggestions from an edit distance that stops counting past a limit."""

from collections.abc import Iterable


def bounded_distance(a: str, b: str, limit: int) -> int | None:
    """Levenshtein distance between a and b, or None when it is greater than limit.

    Only cells within `limit` of the diagonal are filled in, so the cost is
    O(len(a) * limit) instead of O(len(a) * len(b)).
    """
    if abs(len(a) - len(b)) > limit:
        return None
    beyond = limit - 1
    previous = [j if j <= limit else beyond for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        current = [i if i <= limit else beyond] + [beyond] * len(b)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            substitute = previous[j - 1] + (a[i - 1] != b[j - 1])
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitute, beyond)
        if min(current) > limit:
            return None
        previous = current
    return previous[-1] if previous[-1] <= limit else None


class Speller:
    def __init__(self, words: Iterable[str], limit: int = 2) -> None:
        self.words = sorted({word.lower() for word in words})
        self.known = set(self.words)
        self.limit = limit

    def suggestions(self, word: str, count: int = 5) -> list[str]:
        """Known words within the limit, closest first, ties in alphabetical order."""
        word = word.lower()
        scored: list[tuple[int, str]] = []
        for candidate in self.words:
            distance = bounded_distance(word, candidate, self.limit)
            if distance is not None:
                scored.append((distance, candidate))
        scored.sort()
        return [candidate for _, candidate in scored[:count]]

    def correct(self, word: str) -> str:
        """The closest known word, or the word itself when it is known or nothing is close."""
        if word.lower() in self.known:
            return word
        found = self.suggestions(word, count=1)
        return found[0] if found else word
