"""Integer factorization by trial division, and functions built on it."""


def prime_factors(n: int) -> list[int]:
    """Prime factors of n >= 1 with multiplicity, in ascending order."""
    if n < 1:
        raise ValueError("n must be positive")
    factors = []
    d = 2
    while d * d < n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def is_prime(n: int) -> bool:
    return n >= 2 and prime_factors(n) == [n]


def totient(n: int) -> int:
    """Euler's phi: how many of 1..n are coprime to n."""
    result = n
    for p in set(prime_factors(n)):
        result = result // p * (p - 1)
    return result


def divisor_count(n: int) -> int:
    count = 1
    factors = prime_factors(n)
    for p in set(factors):
        count *= factors.count(p) + 1
    return count
