import itertools
import random

from pair_sums import closest_pair_sum, count_pairs_below, find_pair


def _closest(values, target):
    sums = [a + b for a, b in itertools.combinations(values, 2)]
    return min(sums, key=lambda s: (abs(s - target), s))


def test_closest_against_brute_force():
    rng = random.Random(2024)
    for _ in range(300):
        values = [rng.randint(-20, 20) for _ in range(rng.randint(2, 9))]
        target = rng.randint(-30, 30)
        assert closest_pair_sum(values, target) == _closest(values, target)


def test_closest_descending_input():
    assert closest_pair_sum([9, 7, 4, 1], 12) == 11
    assert closest_pair_sum([50, 3, 40, 8], 45) == 43


def test_closest_exact_hit_and_tie():
    assert closest_pair_sum([6, 1, 3, 9], 10) == 10
    assert closest_pair_sum([1, 4, 8], 10) == 9


def test_closest_does_not_reuse_an_element():
    assert closest_pair_sum([5, 100], 10) == 105


def test_count_pairs_against_brute_force():
    rng = random.Random(3)
    for _ in range(200):
        values = [rng.randint(-10, 10) for _ in range(rng.randint(0, 9))]
        limit = rng.randint(-15, 15)
        expected = sum(1 for a, b in itertools.combinations(values, 2) if a + b < limit)
        assert count_pairs_below(values, limit) == expected


def test_find_pair_against_brute_force():
    rng = random.Random(11)
    for _ in range(200):
        values = sorted(rng.randint(0, 15) for _ in range(rng.randint(0, 8)))
        target = rng.randint(0, 30)
        found = find_pair(values, target)
        exists = any(a + b == target for a, b in itertools.combinations(values, 2))
        assert (found is not None) == exists
        if found is not None:
            i, j = found
            assert i < j and values[i] + values[j] == target
