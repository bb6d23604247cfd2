import random
from fractions import Fraction

import pytest

from money_allocate import allocate, split_evenly


def test_largest_remainder_gets_the_cent():
    assert allocate(100, [1, 2]) == [33, 67]
    assert allocate(10, [2, 3, 4]) == [2, 3, 5]


def test_ties_go_to_earlier_parties():
    assert split_evenly(7, 4) == [2, 2, 2, 1]
    assert split_evenly(5, 3) == [2, 2, 1]


def test_zero_weight_gets_nothing():
    assert allocate(101, [0, 1, 1]) == [0, 51, 50]


def test_refund_keeps_sum():
    shares = allocate(-100, [1, 1, 1])
    assert sum(shares) == -100


def _expected(cents, weights):
    total = sum(weights)
    quotas = [Fraction(cents * w, total) for w in weights]
    shares = [q.numerator // q.denominator for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - shares[i]), i))
    for i in order[: cents - sum(shares)]:
        shares[i] += 1
    return shares


def test_random_against_reference():
    rng = random.Random(99)
    for _ in range(300):
        weights = [rng.randint(0, 9) for _ in range(rng.randint(1, 6))]
        if sum(weights) == 0:
            continue
        cents = rng.randint(0, 5000)
        shares = allocate(cents, weights)
        assert shares == _expected(cents, weights)
        assert sum(shares) == cents


def test_negative_weight_rejected():
    with pytest.raises(ValueError):
        allocate(100, [2, -1])
