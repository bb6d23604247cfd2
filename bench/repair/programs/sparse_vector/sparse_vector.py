"""Sparse vectors as {index: value} dicts, for bag-of-words features and similarity."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping


class SparseVector:
    def __init__(self, entries: Mapping[int, float] | None = None) -> None:
        self.entries: dict[int, float] = {}
        for index, value in (entries or {}).items():
            if not math.isfinite(value):
                raise ValueError(f"entry {index} is {value}; features must be finite")
            if value != 0:
                self.entries[index] = value

    @classmethod
    def from_tokens(cls, token_ids: Iterable[int]) -> SparseVector:
        counts: dict[int, float] = {}
        for token in token_ids:
            counts[token] = counts.get(token, 0) + 1
        return cls(counts)

    def __len__(self) -> int:
        """Number of stored (non-zero) entries."""
        return len(self.entries)

    def __getitem__(self, index: int) -> float:
        return self.entries.get(index, 0.0)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SparseVector) and self.entries == other.entries

    def __add__(self, other: SparseVector) -> SparseVector:
        total = dict(self.entries)
        for index, value in other.entries.items():
            total[index] = total.get(index, 0.0) + value
        return SparseVector(total)

    def scale(self, factor: float) -> SparseVector:
        return SparseVector({index: value * factor for index, value in self.entries.items()})

    def dot(self, other: SparseVector) -> float:
        small, large = sorted((self.entries, other.entries), key=len)
        return sum(value * large.get(index, 0.0) for index, value in small.items())

    def norm(self) -> float:
        return self.dot(self)

    def normalized(self) -> SparseVector:
        length = self.norm()
        return self.scale(1 / length) if length else SparseVector()

    def cosine(self, other: SparseVector) -> float:
        """Cosine similarity; 0.0 when either vector is all zeros."""
        denominator = self.norm() * other.norm()
        return self.dot(other) / denominator if denominator else 0.0
