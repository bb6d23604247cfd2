"""Primes in a window [lo, hi] with a segmented sieve of Eratosthenes.

Only the primes up to sqrt(hi) are sieved in full; the window itself is a
boolean array of length hi - lo + 1, so huge hi values with a narrow window
stay cheap.
"""

import math


def base_primes(limit):
    """All primes <= limit (plain sieve)."""
    if limit < 2:
        return []
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for p in range(2, math.isqrt(limit) + 1):
        if flags[p]:
            for multiple in range(p * p, limit + 1, p):
                flags[multiple] = False
    return [p for p, is_prime in enumerate(flags) if is_prime]


def primes_between(lo, hi):
    """Sorted primes p with lo <= p <= hi."""
    lo = max(lo, 2)
    if hi < lo:
        return []
    window = [True] * (hi - lo + 1)
    for p in base_primes(math.isqrt(hi)):
        first = (lo + p - 1) // p * p
        for multiple in range(first, hi + 1, p):
            window[multiple - lo] = False
    return [lo + offset for offset, is_prime in enumerate(window) if is_prime]


def count_between(lo, hi):
    """Number of primes in [lo, hi]."""
    return len(primes_between(lo, hi))
