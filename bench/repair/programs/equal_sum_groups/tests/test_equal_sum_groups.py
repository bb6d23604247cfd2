from collections import Counter

import pytest

from equal_sum_groups import can_split, equal_sum_groups


def assert_valid(numbers, k, groups):
    assert len(groups) == k
    assert len({sum(group) for group in groups}) == 1
    assert Counter(value for group in groups for value in group) == Counter(numbers)


def test_four_groups_of_five():
    numbers = [4, 3, 2, 3, 5, 2, 1]
    assert_valid(numbers, 4, equal_sum_groups(numbers, 4))


def test_two_halves():
    numbers = [3, 3, 2, 2, 2, 2]
    assert_valid(numbers, 2, equal_sum_groups(numbers, 2))


def test_three_groups():
    numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert_valid(numbers, 3, equal_sum_groups(numbers, 3))


def test_impossible_splits():
    assert equal_sum_groups([1, 2, 3, 4], 3) is None
    assert equal_sum_groups([1, 1, 1, 9], 2) is None
    assert not can_split([2, 2, 2, 2, 3, 4, 5], 4)


def test_one_group_takes_everything():
    assert equal_sum_groups([5, 1, 3], 1) == [[5, 3, 1]]


def test_bad_arguments():
    with pytest.raises(ValueError):
        equal_sum_groups([1, 2], 0)
    with pytest.raises(ValueError):
        equal_sum_groups([3, -1, 2], 2)
