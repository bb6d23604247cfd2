"""Fixed-size set of small non-negative integers packed into 64-bit words."""

WORD = 64


class BitSet:
    def __init__(self, size, members=()):
        self.size = size
        self._words = [0] * ((size + WORD - 1) // WORD)
        for i in members:
            self.add(i)

    def _locate(self, i):
        if not 0 <= i < self.size:
            raise IndexError(f"bit {i} outside 0..{self.size - 1}")
        return i // WORD, 1 << (i % WORD)

    def _check(self, other):
        if other.size != self.size:
            raise ValueError("bitsets differ in size")

    def add(self, i):
        w, mask = self._locate(i)
        self._words[w] |= mask

    def discard(self, i):
        w, mask = self._locate(i)
        self._words[w] &= ~mask

    def __contains__(self, i):
        if not 0 <= i < self.size:
            return False
        w, mask = self._locate(i)
        return bool(self._words[w] & mask)

    def __len__(self):
        return sum(bin(word).count("1") for word in self._words)

    def __iter__(self):
        for w, word in enumerate(self._words):
            while word:
                low = word & -word
                yield w * WORD + low.bit_length()
                word ^= low

    def union(self, other):
        self._check(other)
        result = BitSet(self.size)
        result._words = [a | b for a, b in zip(self._words, other._words)]
        return result

    def intersection(self, other):
        self._check(other)
        result = BitSet(self.size)
        result._words = [a | b for a, b in zip(self._words, other._words)]
        return result

    def difference(self, other):
        self._check(other)
        result = BitSet(self.size)
        result._words = [a & ~b for a, b in zip(self._words, other._words)]
        return result

    def __eq__(self, other):
        return isinstance(other, BitSet) and (self.size, self._words) == (other.size, other._words)
