import random
from fractions import Fraction

import pytest

from continued_fraction import approximate, collapse, convergents, expand, reduce


def test_round_trip_random_fractions():
    rng = random.Random(5)
    for _ in range(300):
        numerator = rng.randint(-10_000, 10_000)
        denominator = rng.choice([-1, 1]) * rng.randint(1, 5_000)
        assert collapse(expand(numerator, denominator)) == reduce(numerator, denominator)


def test_neighbouring_convergents_differ_by_unit_fraction():
    pairs = list(convergents(expand(649, 200)))
    for (h1, k1), (h2, k2) in zip(pairs, pairs[1:]):
        assert abs(h2 * k1 - h1 * k2) == 1


def test_single_term_and_integer_values():
    assert collapse([5]) == (5, 1)
    assert list(convergents([0, 3])) == [(0, 1), (1, 3)]
    assert collapse(expand(12, 4)) == (3, 1)


def test_golden_ratio_convergents_are_fibonacci():
    assert list(convergents([1] * 7)) == [(1, 1), (2, 1), (3, 2), (5, 3), (8, 5), (13, 8), (21, 13)]


def test_approximate_sqrt2_and_e():
    assert approximate(14142136, 10000000, 30) == (41, 29)
    assert approximate(2718281828, 1000000000, 100) == (193, 71)
    assert approximate(7, 3, 1) == (2, 1)


def _closest_with_denominator_at_most(value, limit):
    return min(abs(value - Fraction(round(value * q), q)) for q in range(1, limit + 1))


def test_approximate_is_closest_for_its_denominator():
    rng = random.Random(9)
    for _ in range(60):
        numerator, denominator = rng.randint(1, 5000), rng.randint(1, 5000)
        limit = rng.randint(1, 40)
        h, k = approximate(numerator, denominator, limit)
        value = Fraction(numerator, denominator)
        assert 1 <= k <= limit
        assert abs(value - Fraction(h, k)) == _closest_with_denominator_at_most(value, k)


def test_empty_terms_rejected():
    with pytest.raises(ValueError):
        collapse([])
