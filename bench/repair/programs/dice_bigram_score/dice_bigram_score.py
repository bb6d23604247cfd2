"""Sorensen-Dice similarity over character bigrams, for fuzzy title matching."""
from collections import Counter


def normalize(text):
    """Lower-case and collapse runs of whitespace to one space."""
    return " ".join(text.lower().split())


def bigrams(text):
    """Multiset of adjacent character pairs of the normalized text."""
    s = normalize(text)
    return Counter(s[i:i + 2] for i in range(len(s) - 2))


def dice(a, b):
    """2 * |shared bigrams| / (|bigrams(a)| + |bigrams(b)|), in [0, 1]."""
    left, right = bigrams(a), bigrams(b)
    total = sum(left.values()) + sum(right.values())
    if total == 0:
        # Both strings are too short to have bigrams: compare them directly.
        return 1.0 if normalize(a) == normalize(b) else 0.0
    shared = sum((left & right).values())
    return 2.0 * shared / total


def best_match(query, choices, threshold=0.5):
    """The choice most similar to query, or None if none reaches threshold.

    Ties go to the earlier choice.
    """
    best, best_score = None, threshold
    for choice in choices:
        score = dice(query, choice)
        if score > best_score or (best is None and score == best_score):
            best, best_score = choice, score
    return best


def rank(query, choices, limit=5):
    """(choice, score) pairs, best first, ties in input order."""
    scored = [(choice, dice(query, choice)) for choice in choices]
    scored.sort(key=lambda pair: -pair[1])
    return scored[:limit]
