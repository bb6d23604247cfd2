import random
from math import comb

from lucas_binomials import PascalModPrime


def test_whole_rows_against_exact_binomials():
    for p in (2, 3, 5, 7, 11):
        pascal = PascalModPrime(p)
        for n in range(0, 90):
            assert pascal.row(n) == [comb(n, k) % p for k in range(n + 1)], (p, n)


def test_random_large_entries():
    rng = random.Random(2024)
    for _ in range(300):
        p = rng.choice([2, 3, 5, 7, 11, 13, 17, 101])
        n = rng.randint(0, 5000)
        k = rng.randint(0, n)
        assert PascalModPrime(p).binom(n, k) == comb(n, k) % p, (p, n, k)


def test_two_digit_entry():
    # 13 = 2*5 + 3 and 6 = 1*5 + 1: C(2,1) * C(3,1) = 6 = 1 (mod 5)
    assert PascalModPrime(5).binom(13, 6) == 1


def test_nonzero_count_agrees_with_row():
    for p in (2, 3, 5):
        pascal = PascalModPrime(p)
        for n in range(60):
            assert pascal.nonzero_count(n) == sum(1 for v in pascal.row(n) if v)


def test_prime_power_rows():
    pascal = PascalModPrime(2)
    assert [n for n in range(70) if pascal.divides_all_inner(n)] == [2, 4, 8, 16, 32, 64]
