import pytest

from prefix_sums import PrefixSums


def test_range_sum():
    sums = PrefixSums([3, 1, 4, 1, 5])
    assert sums.range_sum(0, 5) == 14
    assert sums.range_sum(1, 3) == 5
    assert sums.range_sum(2, 2) == 0


def test_range_sum_rejects_bad_bounds():
    sums = PrefixSums([1, 2, 3])
    with pytest.raises(IndexError):
        sums.range_sum(2, 4)


def test_window_sums():
    assert PrefixSums([1, 2, 3, 4, 5]).window_sums(2) == [3, 5, 7, 9]


def test_best_window():
    assert PrefixSums([4, -2, 6, 5, -8, 1]).best_window(2) == (2, 11)


def test_count_with_sum():
    assert PrefixSums([1, 1, 1]).count_with_sum(2) == 2
    assert PrefixSums([3, 4, 7, 2, -3, 1, 4, 2]).count_with_sum(7) == 4


def test_equilibrium_indexes():
    assert PrefixSums([-7, 1, 5, 2, -4, 3, 0]).equilibrium_indexes() == [3, 6]
