import random
from math import gcd

import pytest

from mod_inverse import extended_gcd, mod_inverse, solve_linear_congruence


def test_bezout_identity_random_pairs():
    rng = random.Random(7)
    for _ in range(300):
        a, b = rng.randint(0, 10_000), rng.randint(0, 10_000)
        g, x, y = extended_gcd(a, b)
        assert g == gcd(a, b)
        assert a * x + b * y == g


def test_inverse_matches_builtin_pow():
    rng = random.Random(11)
    for _ in range(300):
        modulus = rng.randint(2, 5000)
        a = rng.randint(-10_000, 10_000)
        if gcd(a, modulus) != 1:
            continue
        assert mod_inverse(a, modulus) == pow(a, -1, modulus)


def test_inverse_large_prime_modulus():
    p = 1_000_000_007
    assert mod_inverse(10, p) == 700000005
    assert 123456789 * mod_inverse(123456789, p) % p == 1


def test_inverse_of_negative_number():
    assert mod_inverse(-3, 7) == 2


def test_modulus_one_and_invalid_modulus():
    assert mod_inverse(5, 1) == 0
    with pytest.raises(ValueError):
        mod_inverse(3, 0)
    with pytest.raises(ValueError):
        mod_inverse(4, 8)


def test_congruence_matches_brute_force():
    for modulus in range(1, 30):
        for a in range(0, 30):
            for b in range(0, 30, 3):
                expected = [x for x in range(modulus) if (a * x - b) % modulus == 0]
                assert solve_linear_congruence(a, b, modulus) == expected, (a, b, modulus)


def test_congruence_single_solution():
    assert solve_linear_congruence(4, 6, 10) == [4, 9]
    assert solve_linear_congruence(7, 3, 31) == [27]
