"""Bit-reversal helpers for an in-place radix-2 FFT."""

from typing import TypeVar

T = TypeVar("T")


def is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def reverse_bits(value: int, width: int) -> int:
    """Reverse the lowest `width` bits of value: reverse_bits(0b0011, 4) == 0b1100."""
    if value < 0 or value >> width:
        raise ValueError(f"{value} does not fit in {width} bits")
    result = 0
    for _ in range(width):
        result = (result << 1) | (value & 1)
        value >>= 1
    return result


def index_width(size: int) -> int:
    """Number of bits needed to index a power-of-two sized array."""
    if not is_power_of_two(size):
        raise ValueError(f"size must be a power of two, got {size}")
    return size.bit_length() - 1


def bit_reverse_permutation(items: list[T]) -> list[T]:
    """A copy of items where position i holds the element from position reverse_bits(i)."""
    width = index_width(len(items))
    result = list(items)
    for i in range(len(result)):
        j = reverse_bits(i, width)
        if i != j:
            result[i], result[j] = result[j], result[i]
    return result
