import random

import pytest

from ship_capacity_search import days_needed, min_capacity


def brute_days(weights, capacity):
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days, load = days + 1, 0
        load += w
    return days


def test_days_needed_many_splits():
    assert days_needed([3, 3, 3, 3], 3) == 4
    assert days_needed([2, 2, 2, 2, 2], 4) == 3
    assert days_needed([5, 1, 1, 1, 5], 5) == 3
    assert days_needed([], 4) == 1


def test_examples():
    assert min_capacity([3, 2, 2, 4, 1, 4], 3) == 6
    assert min_capacity([1, 2, 3, 1, 1], 4) == 3
    assert min_capacity([7, 2, 5, 10, 8], 2) == 18


def test_more_days_than_parcels():
    assert min_capacity([4, 9, 2], 10) == 9


def test_empty():
    assert min_capacity([], 3) == 0


def test_random_against_brute_force():
    rng = random.Random(30)
    for _ in range(200):
        weights = [rng.randint(1, 12) for _ in range(rng.randint(1, 9))]
        for cap in range(max(weights), sum(weights) + 1):
            assert days_needed(weights, cap) == brute_days(weights, cap)
        days = rng.randint(1, len(weights) + 1)
        expected = next(c for c in range(max(weights), sum(weights) + 1)
                        if brute_days(weights, c) <= days)
        assert min_capacity(weights, days) == expected


def test_negative_days():
    with pytest.raises(ValueError):
        min_capacity([1], -2)
