import pytest

from perm_rank import rank, successor, unrank


def test_rank_of_sorted_order_is_zero():
    assert rank([1, 2, 3, 4]) == 0


def test_rank_of_reversed_order_is_last():
    assert rank("cba") == 5


def test_unrank_first():
    assert unrank([3, 1, 2], 0) == [1, 2, 3]


def test_unrank_all_of_three():
    orders = ["".join(unrank("abc", i)) for i in range(6)]
    assert orders == ["abc", "acb", "bac", "bca", "cab", "cba"]


def test_unrank_out_of_range():
    with pytest.raises(IndexError):
        unrank("abc", 6)


def test_successor_of_last_is_none():
    assert successor([3, 2, 1]) is None
