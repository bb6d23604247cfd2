import math
import random

import pytest

from linear_congruence_solve import mod_inverse, solve_congruence


def brute(a, b, m):
    return [x for x in range(m) if (a * x - b) % m == 0]


def test_matches_brute_force_on_small_moduli():
    for m in range(1, 25):
        for a in range(-m, 2 * m):
            for b in (0, 1, 2, 3, m - 1, 7, -5):
                assert solve_congruence(a, b, m) == brute(a, b, m), (a, b, m)


def test_matches_brute_force_on_random_inputs():
    rng = random.Random(2603)
    for _ in range(300):
        m = rng.randint(1, 400)
        a = rng.randint(-1000, 1000)
        b = rng.randint(-1000, 1000)
        assert solve_congruence(a, b, m) == brute(a, b, m), (a, b, m)


def test_solution_count_is_the_gcd():
    assert len(solve_congruence(12, 18, 30)) == 6
    assert solve_congruence(14, 30, 100) == [45, 95]
    assert solve_congruence(0, 0, 4) == [0, 1, 2, 3]


def test_inverses_mod_prime():
    p = 101
    for a in range(1, p):
        assert a * mod_inverse(a, p) % p == 1


def test_inverse_of_negative_and_large_values():
    assert mod_inverse(-3, 11) == 7
    assert mod_inverse(10 ** 9 + 1, 97) == pow(10 ** 9 + 1, -1, 97)


def test_inverse_missing_when_not_coprime():
    for a in (0, 2, 4, 6, 8, 12):
        assert math.gcd(a, 12) != 1
        with pytest.raises(ValueError):
            mod_inverse(a, 12)
