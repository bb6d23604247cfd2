"""Sieve of Eratosthenes."""


def primes_up_to(limit: int) -> list[int]:
    """All primes p with p <= limit, ascending."""
    if limit < 2:
        return []
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit, p):
                is_prime[multiple] = False
        p += 1
    return [n for n, flag in enumerate(is_prime) if flag]


def prime_count(limit: int) -> int:
    return len(primes_up_to(limit))


def is_prime(n: int) -> bool:
    return n >= 2 and primes_up_to(n)[-1] == n
