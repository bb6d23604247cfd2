import itertools
import random

from lis import lis_length


def _brute(values):
    best = 0
    for r in range(len(values) + 1):
        for combo in itertools.combinations(values, r):
            if all(a < b for a, b in zip(combo, combo[1:])):
                best = max(best, r)
    return best


def test_constant_sequence():
    assert lis_length([7, 7, 7, 7]) == 1


def test_decreasing():
    assert lis_length([5, 4, 3, 2, 1]) == 1


def test_random_against_brute_force():
    rng = random.Random(13)
    for _ in range(150):
        values = [rng.randint(0, 5) for _ in range(rng.randint(0, 9))]
        assert lis_length(values) == _brute(values)
