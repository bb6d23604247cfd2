"""MinHash signatures for estimating the Jaccard similarity of token sets."""

import hashlib
from collections.abc import Iterable, Sequence

_MAX_HASH = 2**64 - 1


def _hash(token: str, seed: int) -> int:
    salt = seed.to_bytes(16, "little")
    digest = hashlib.blake2b(token.encode(), digest_size=8, salt=salt).digest()
    return int.from_bytes(digest, "little")


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity; two empty sets are identical."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def shingles(text: str, size: int = 2) -> set[str]:
    """Word n-grams of a text, lower-cased."""
    words = text.lower().split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


class MinHasher:
    def __init__(self, num_hashes: int = 128) -> None:
        if num_hashes < 1:
            raise ValueError("num_hashes must be positive")
        self.num_hashes = num_hashes

    def signature(self, tokens: Iterable[str]) -> list[int]:
        mins = [0] * self.num_hashes
        for token in set(tokens):
            for seed in range(self.num_hashes):
                value = _hash(token, seed)
                if value < mins[seed]:
                    mins[seed] = value
        return mins

    def similarity(self, sig_a: Sequence[int], sig_b: Sequence[int]) -> float:
        if len(sig_a) != len(sig_b):
            raise ValueError("signatures come from different hashers")
        same = sum(1 for x, y in zip(sig_a, sig_b) if x == y)
        return same / len(sig_a)

    def estimate(self, a: Iterable[str], b: Iterable[str]) -> float:
        return self.similarity(self.signature(a), self.signature(b))
