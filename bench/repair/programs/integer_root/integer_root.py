"""Exact integer roots by binary search (no floating point, so big numbers stay exact)."""


def integer_root(n: int, k: int = 2) -> int:
    """The largest r with r ** k <= n."""
    if n < 0:
        raise ValueError("n must not be negative")
    if k < 1:
        raise ValueError("k must be at least 1")
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if mid**k < n:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def is_perfect_power(n: int, k: int) -> bool:
    return n >= 0 and integer_root(n, k) ** k == n


def perfect_squares_between(low: int, high: int) -> list[int]:
    """Perfect squares s with low <= s <= high."""
    if high < max(low, 0):
        return []
    first = integer_root(low - 1) + 1 if low > 0 else 0
    last = integer_root(high)
    return [r * r for r in range(first, last + 1)]
