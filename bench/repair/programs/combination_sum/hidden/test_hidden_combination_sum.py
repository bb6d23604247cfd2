import itertools
import random

from combination_sum import combination_sum, fewest_items


def _brute(candidates, target):
    found = set()
    for r in range(len(candidates) + 1):
        for combo in itertools.combinations(sorted(candidates), r):
            if sum(combo) == target:
                found.add(combo)
    return sorted(list(c) for c in found)


def test_single_candidate():
    assert combination_sum([5], 5) == [[5]]
    assert fewest_items([4], 4) == [4]


def test_all_the_same():
    assert combination_sum([2, 2, 2, 2], 4) == [[2, 2]]
    assert combination_sum([3, 3, 3], 9) == [[3, 3, 3]]


def test_duplicates_not_repeated():
    assert combination_sum([2, 5, 2, 1, 2], 5) == [[1, 2, 2], [5]]


def test_random_against_brute_force():
    rng = random.Random(21)
    for _ in range(200):
        candidates = [rng.randint(1, 6) for _ in range(rng.randint(0, 8))]
        target = rng.randint(0, 15)
        assert combination_sum(candidates, target) == _brute(candidates, target)
