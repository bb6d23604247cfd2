"""A set of small non-negative integers stored in one Python int, with rank/select."""


class BitSet:
    def __init__(self, members=()):
        self.word = 0
        for m in members:
            self.add(m)

    def add(self, i):
        if i < 0:
            raise ValueError("members must be non-negative")
        self.word |= 1 << i

    def discard(self, i):
        if i >= 0:
            self.word &= ~(1 << i)

    def __contains__(self, i):
        return i >= 0 and bool(self.word >> i & 1)

    def __len__(self):
        return bin(self.word).count("1")

    def __iter__(self):
        w = self.word
        while w:
            low = w & -w
            yield low.bit_length() - 1
            w ^= low

    def rank(self, i):
        """Number of members strictly less than i."""
        if i <= 0:
            return 0
        return bin(self.word & ((1 << (i + 1)) - 1)).count("1")

    def select(self, k):
        """The k-th smallest member, counting from 0."""
        if not 0 <= k < len(self):
            raise IndexError("select(%d) on a set of %d members" % (k, len(self)))
        w = self.word
        for _ in range(k):
            w &= w - 1
        return (w & -w).bit_length() - 1

    def next_member(self, i):
        """Smallest member that is >= i, or None."""
        w = self.word >> max(i, 0) << max(i, 0)
        if not w:
            return None
        return (w & -w).bit_length() - 1

    def __or__(self, other):
        result = BitSet()
        result.word = self.word | other.word
        return result

    def __and__(self, other):
        result = BitSet()
        result.word = self.word & other.word
        return result
