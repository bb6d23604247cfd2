import math
import random

from prime_factors import divisor_count, is_prime, prime_factors, totient


def test_product_and_primality_of_factors():
    rng = random.Random(2)
    for _ in range(300):
        n = rng.randint(1, 20000)
        factors = prime_factors(n)
        assert math.prod(factors) == n
        assert factors == sorted(factors)
        assert all(all(f % d for d in range(2, math.isqrt(f) + 1)) for f in factors)


def test_prime_powers():
    assert prime_factors(9) == [3, 3]
    assert prime_factors(121) == [11, 11]
    assert prime_factors(50) == [2, 5, 5]
    assert prime_factors(3 ** 5) == [3] * 5


def test_is_prime_matches_sieve():
    primes = [n for n in range(2, 400) if all(n % d for d in range(2, n))]
    assert [n for n in range(400) if is_prime(n)] == primes


def test_totient_and_divisors_brute_force():
    for n in range(1, 300):
        assert totient(n) == sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
        assert divisor_count(n) == sum(1 for d in range(1, n + 1) if n % d == 0)
