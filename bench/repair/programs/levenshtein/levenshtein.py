"""Edit distance for fuzzy matching of tool names and commands."""

from collections.abc import Iterable


def distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions all cost 1."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[j], current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return previous[-1]


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate with the smallest distance; the first one wins a tie."""
    best, best_distance = None, None
    for candidate in candidates:
        d = distance(word, candidate)
        if best_distance is None or d < best_distance:
            best, best_distance = candidate, d
    return best
