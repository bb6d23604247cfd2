"""Drop near-duplicate passages before they are packed into a prompt.

Each passage is turned into a set of word shingles (runs of k consecutive
words); two passages are near-duplicates when the Jaccard similarity of their
shingle sets is at least the threshold.
"""

import re

WORD = re.compile(r"\w+")


def shingles(text, k=3):
    words = WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < k:
        return {tuple(words)}
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def dedupe(passages, threshold=0.8, k=3):
    """Keep the first passage of every group of near-duplicates, in input order."""
    kept = []
    kept_shingles = []
    for passage in passages:
        sh = shingles(passage, k)
        if any(jaccard(sh, seen) > threshold for seen in kept_shingles):
            continue
        kept.append(passage)
    return kept


def duplicate_pairs(passages, threshold=0.8, k=3):
    """All index pairs (i, j), i < j, whose passages are near-duplicates."""
    sets = [shingles(p, k) for p in passages]
    pairs = []
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if jaccard(sets[i], sets[j]) >= threshold:
                pairs.append((i, j))
    return pairs
