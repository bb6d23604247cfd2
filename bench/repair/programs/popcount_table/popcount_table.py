"""Set-bit counting with a chunk lookup table, and counts under masks."""

from __future__ import annotations

from collections.abc import Iterable


class BitCounter:
    """Counts set bits `chunk_bits` at a time with a precomputed table."""

    def __init__(self, chunk_bits: int = 8) -> None:
        if not 1 <= chunk_bits <= 16:
            raise ValueError("chunk_bits must be between 1 and 16")
        self.chunk_bits = chunk_bits
        self.chunk_mask = (1 << chunk_bits) - 1
        self.table = [0] * (1 << chunk_bits)
        for value in range(1, len(self.table)):
            self.table[value] = self.table[value >> 1] + (value & 1)

    def count(self, value: int) -> int:
        if value < 0:
            raise ValueError("a negative int has infinitely many set bits")
        total = 0
        while value:
            total += self.table[value & self.chunk_mask]
            value >>= self.chunk_bits
        return total

    def count_masked(self, value: int, mask: int) -> int:
        return self.count(value & mask)

    def hamming(self, a: int, b: int) -> int:
        return self.count(a ^ b)

    def parity(self, value: int) -> int:
        return self.count(value) & 1

    def total(self, values: Iterable[int], mask: int | None = None) -> int:
        """Set bits summed over values, optionally only the bits inside mask."""
        result = 0
        for value in values:
            result += self.count(value if mask is None else value & mask)
        return result

    def column_counts(self, values: Iterable[int], width: int) -> list[int]:
        """For each bit 0 .. width - 1, how many of values have that bit set."""
        counts = [0] * width
        for value in values:
            for bit in range(width):
                counts[bit] = (value >> bit) & 1
        return counts
