"""Learns byte-pair-encoding merges from word counts and applies them to new words."""

import itertools
from collections import Counter
from collections.abc import Iterator, Mapping

Pair = tuple[str, str]
Symbols = tuple[str, ...]


def adjacent_pairs(symbols: Symbols) -> Iterator[Pair]:
    yield from itertools.pairwise(symbols)


def pair_counts(vocab: Mapping[Symbols, int]) -> Counter[Pair]:
    """How often each adjacent symbol pair occurs, weighted by word frequency."""
    counts: Counter[Pair] = Counter()
    for symbols, frequency in vocab.items():
        for pair in adjacent_pairs(symbols):
            counts[pair] += frequency
    return counts


def merge_pair(symbols: Symbols, pair: Pair) -> Symbols:
    """Fuse every non-overlapping occurrence of pair, scanning left to right."""
    first, second = pair
    merged: list[str] = []
    i = 0
    while i < len(symbols):
        if symbols[i] == first and symbols[i + 1] == second:
            merged.append(first + second)
            i += 2
        else:
            merged.append(symbols[i])
            i += 1
    return tuple(merged)


def learn_merges(word_counts: Mapping[str, int], num_merges: int) -> list[Pair]:
    """Repeatedly fuse the most frequent pair; ties go to the alphabetically smallest pair."""
    vocab = {tuple(word): count for word, count in word_counts.items()}
    merges: list[Pair] = []
    for _ in range(num_merges):
        counts = pair_counts(vocab)
        if not counts:
            break
        best = min(counts, key=lambda pair: (-counts[pair], pair))
        vocab = {merge_pair(symbols, best): count for symbols, count in vocab.items()}
        merges.append(best)
    return merges


def encode(word: str, merges: list[Pair]) -> Symbols:
    symbols = tuple(word)
    for pair in merges:
        symbols = merge_pair(symbols, pair)
    return symbols
