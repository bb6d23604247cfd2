import itertools
import random

from knapsack import best_value


def _brute(items, capacity):
    best = 0
    for r in range(len(items) + 1):
        for combo in itertools.combinations(items, r):
            if sum(w for w, _ in combo) <= capacity:
                best = max(best, sum(v for _, v in combo))
    return best


def test_item_cannot_be_reused():
    assert best_value([(1, 10)], 5) == 10
    assert best_value([(2, 3), (5, 4)], 6) == 4


def test_capacity_zero_and_too_heavy():
    assert best_value([(1, 5)], 0) == 0
    assert best_value([(9, 50)], 8) == 0


def test_random_against_brute_force():
    rng = random.Random(21)
    for _ in range(60):
        items = [(rng.randint(1, 8), rng.randint(1, 20)) for _ in range(rng.randint(0, 7))]
        capacity = rng.randint(0, 20)
        assert best_value(items, capacity) == _brute(items, capacity)
