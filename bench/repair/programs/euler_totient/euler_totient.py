"""Euler's totient function by trial division, and a few uses of it."""

from math import gcd


def totient(n: int) -> int:
    """How many of 1..n are coprime to n."""
    if n < 1:
        raise ValueError(f"totient is defined for positive integers, got {n}")
    result = n
    p = 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result = result // n
    return result


def is_coprime(a: int, b: int) -> bool:
    return gcd(a, b) == 1


def count_reduced_fractions(max_denominator: int) -> int:
    """Number of reduced fractions p/q with 0 < p < q <= max_denominator."""
    return sum(totient(q) for q in range(2, max_denominator + 1))


def multiplicative_order(a: int, n: int) -> int:
    """Smallest k > 0 with a**k == 1 (mod n); it divides totient(n)."""
    if n < 2 or not is_coprime(a, n):
        raise ValueError(f"{a} has no multiplicative order modulo {n}")
    phi = totient(n)
    divisors = [d for d in range(1, phi + 1) if phi % d == 0]
    return next(d for d in divisors if pow(a, d, n) == 1)
