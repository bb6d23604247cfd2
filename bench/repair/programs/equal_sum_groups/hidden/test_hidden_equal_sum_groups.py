import random
from collections import Counter
from itertools import product

from equal_sum_groups import can_split, equal_sum_groups


def brute_force(numbers, k):
    for labels in product(range(k), repeat=len(numbers)):
        sums = [0] * k
        for value, label in zip(numbers, labels):
            sums[label] += value
        if len(set(sums)) == 1:
            return True
    return False


def assert_valid(numbers, k, groups):
    assert len(groups) == k
    assert len({sum(group) for group in groups}) == 1
    assert Counter(value for group in groups for value in group) == Counter(numbers)


def test_needs_backtracking():
    for numbers, k in [
        ([9, 4, 8, 9, 7, 5], 2),
        ([5, 5, 9, 6, 3, 8], 2),
        ([6, 3, 9, 5, 2, 6, 7, 7], 3),
        ([8, 5, 9, 8, 7, 2, 8, 2, 3], 2),
    ]:
        assert_valid(numbers, k, equal_sum_groups(numbers, k))


def test_each_group_sums_to_the_share():
    numbers = [10, 8, 7, 6, 5, 4, 3, 3, 2, 2]
    groups = equal_sum_groups(numbers, 5)
    assert_valid(numbers, 5, groups)
    assert all(sum(group) == 10 for group in groups)


def test_zeros_and_empty():
    assert equal_sum_groups([], 3) == [[], [], []]
    assert_valid([0, 0, 4, 4], 2, equal_sum_groups([0, 0, 4, 4], 2))


def test_random_against_brute_force():
    rng = random.Random(23)
    for _ in range(150):
        k = rng.randint(2, 3)
        numbers = [rng.randint(0, 9) for _ in range(rng.randint(1, 8))]
        groups = equal_sum_groups(numbers, k)
        assert (groups is not None) == brute_force(numbers, k), (numbers, k)
        assert can_split(numbers, k) == (groups is not None)
        if groups is not None:
            assert_valid(numbers, k, groups)


def test_called_twice_gives_the_same_answer():
    numbers = [3, 3, 2, 2, 2, 2, 1, 1]
    first = equal_sum_groups(numbers, 2)
    second = equal_sum_groups(numbers, 2)
    assert first == second
    assert_valid(numbers, 2, first)
