"""A fixed-capacity set of small non-negative integers packed into 64-bit words."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

WORD_BITS = 64


class BitSet:
    def __init__(self, capacity: int, items: Iterable[int] = ()) -> None:
        self.capacity = capacity
        self.words = [0] * ((capacity + WORD_BITS - 1) // WORD_BITS)
        for item in items:
            self.add(item)

    def _locate(self, item: int) -> tuple[int, int]:
        if not 0 <= item < self.capacity:
            raise ValueError(f"{item} is outside 0..{self.capacity - 1}")
        return divmod(item, WORD_BITS)

    def add(self, item: int) -> None:
        index, offset = self._locate(item)
        self.words[index] |= 1 << offset

    def discard(self, item: int) -> None:
        index, offset = self._locate(item)
        self.words[index] &= ~(1 << offset)

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, int) or not 0 <= item < self.capacity:
            return False
        index, offset = divmod(item, WORD_BITS)
        return bool(self.words[index] >> offset & 1)

    def __len__(self) -> int:
        return sum(word.bit_count() for word in self.words)

    def __iter__(self) -> Iterator[int]:
        for index, word in enumerate(self.words):
            while word:
                lowest = word & -word
                yield index * WORD_BITS + lowest.bit_length() - 1
                word ^= lowest

    def max(self) -> int:
        """Largest member; ValueError when the set is empty."""
        for index in range(len(self.words) - 1, 0, -1):
            word = self.words[index]
            if word:
                return index * WORD_BITS + word.bit_length() - 1
        raise ValueError("max() of an empty BitSet")

    def __or__(self, other: BitSet) -> BitSet:
        result = BitSet(max(self.capacity, other.capacity))
        for source in (self.words, other.words):
            for index, word in enumerate(source):
                result.words[index] |= word
        return result

    def __and__(self, other: BitSet) -> BitSet:
        result = BitSet(min(self.capacity, other.capacity))
        for index in range(len(result.words)):
            result.words[index] = self.words[index] & other.words[index]
        return result
