import pytest

from max_subarray import best_slice, best_trade, max_subarray


def test_all_negative_picks_the_largest_value():
    assert max_subarray([-3, -1, -2]) == (-1, 1, 2)


def test_empty_rejected():
    with pytest.raises(ValueError):
        max_subarray([])


def test_classic_example():
    assert max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == (6, 3, 7)


def test_best_slice():
    assert best_slice([2, -1, 3, -10, 1]) == [2, -1, 3]


def test_falling_prices_give_no_trade():
    assert best_trade([9, 7, 4, 1]) == (0, 0, 0)
