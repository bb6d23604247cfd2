import pytest

from pair_sums import closest_pair_sum, count_pairs_below, find_pair


def test_find_pair():
    assert find_pair([1, 2, 4, 7, 11], 15) == (2, 4)
    assert find_pair([1, 2, 4, 7, 11], 10) is None


def test_closest_pair_sum_sorted_input():
    assert closest_pair_sum([10, 22, 28, 29, 30, 40], 54) == 52


def test_closest_pair_sum_unsorted_input():
    assert closest_pair_sum([-1, 2, 1, -4], 1) == 1


def test_closest_pair_sum_needs_two_values():
    with pytest.raises(ValueError):
        closest_pair_sum([5], 3)


def test_count_pairs_below():
    assert count_pairs_below([2, 1, 8, 3, 4, 7, 6, 5], 7) == 6
    assert count_pairs_below([5, 5], 10) == 0
