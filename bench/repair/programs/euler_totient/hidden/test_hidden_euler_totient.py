from math import gcd

from euler_totient import count_reduced_fractions, multiplicative_order, totient


def _brute(n):
    return sum(1 for k in range(1, n + 1) if gcd(k, n) == 1)


def test_against_brute_force():
    for n in range(1, 400):
        assert totient(n) == _brute(n), n


def test_large_prime_and_semiprime():
    assert totient(1_000_003) == 1_000_002
    assert totient(2 * 1_000_003) == 1_000_002
    assert totient(999_983 * 3) == 999_982 * 2


def test_multiplicative():
    for a, b in [(4, 9), (5, 14), (11, 24), (25, 27)]:
        assert totient(a * b) == totient(a) * totient(b)


def test_reduced_fractions():
    assert count_reduced_fractions(8) == 21
    assert count_reduced_fractions(1) == 0


def test_order_divides_totient():
    for n in (7, 11, 15, 21, 31):
        for a in range(2, n):
            if gcd(a, n) == 1:
                order = multiplicative_order(a, n)
                assert totient(n) % order == 0
                assert pow(a, order, n) == 1
