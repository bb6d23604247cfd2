import pytest

from rolling_window_stats import rolling_max, rolling_mean, rolling_sum, running_total


def test_rolling_mean_of_pairs():
    assert rolling_mean([1, 2, 3, 4, 5], 2) == [None, 1.5, 2.5, 3.5, 4.5]


def test_rolling_sum_window_three():
    assert rolling_sum([3, 1, 4, 1, 5, 9], 3) == [None, None, 8, 6, 10, 15]


def test_window_longer_than_data():
    assert rolling_sum([1, 2], 5) == [None, None]


def test_running_total():
    assert running_total([5, -2, 10, 0]) == [5, 3, 13, 13]


def test_bad_window():
    with pytest.raises(ValueError):
        rolling_max([1, 2, 3], 0)
