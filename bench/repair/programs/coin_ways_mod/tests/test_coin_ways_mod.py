import pytest

from coin_ways_mod import count_ways


def test_zero_amount_has_one_way():
    assert count_ways(0, [1, 2, 5]) == 1


def test_negative_amount():
    assert count_ways(-3, [1, 2]) == 0


def test_single_coin():
    assert count_ways(10, [5]) == 1
    assert count_ways(7, [5]) == 0


def test_classic_example():
    # 5, 2+2+1, 2+1+1+1, 1+1+1+1+1
    assert count_ways(5, [1, 2, 5]) == 4


def test_rejects_zero_coin():
    with pytest.raises(ValueError):
        count_ways(4, [0, 1])
