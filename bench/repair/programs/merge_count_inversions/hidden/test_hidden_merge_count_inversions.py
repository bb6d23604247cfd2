import itertools
import random

from merge_count_inversions import count_inversions, kendall_distance, sort_and_count


def brute(seq):
    return sum(1 for i, j in itertools.combinations(range(len(seq)), 2) if seq[i] > seq[j])


def test_small_cases():
    assert count_inversions([2, 1]) == 1
    assert count_inversions([1, 3, 2, 4]) == 1
    assert count_inversions([2, 4, 1, 3, 5]) == 3
    assert count_inversions([5, 4, 3, 2, 1, 0]) == 15


def test_duplicates_are_not_inversions():
    assert count_inversions([2, 2, 2]) == 0
    assert count_inversions([3, 1, 3, 1]) == 3


def test_random_against_brute_force():
    rng = random.Random(7)
    for _ in range(300):
        seq = [rng.randint(0, 6) for _ in range(rng.randint(0, 14))]
        merged, count = sort_and_count(seq)
        assert merged == sorted(seq)
        assert count == brute(seq)


def test_input_untouched():
    seq = [3, 1, 2]
    sort_and_count(seq)
    assert seq == [3, 1, 2]


def test_kendall_distance():
    assert kendall_distance(["a", "b", "c"], ["c", "b", "a"]) == 3
    assert kendall_distance(["x", "y", "z", "w"], ["y", "x", "z", "w"]) == 1
    assert kendall_distance([1, 2, 3, 4], [2, 4, 1, 3]) == 3
