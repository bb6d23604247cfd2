"""Bit counting helpers for feature flag masks."""


def popcount(n: int) -> int:
    """Number of set bits in a non-negative integer (Kernighan's method)."""
    if n < 0:
        raise ValueError("popcount of a negative number")
    count = 0
    while n:
        n ^= n - 1
        count += 1
    return count


def parity(n: int) -> int:
    return popcount(n) % 2


def hamming(a: int, b: int) -> int:
    """Number of flags that differ between two masks."""
    return popcount(a ^ b)
