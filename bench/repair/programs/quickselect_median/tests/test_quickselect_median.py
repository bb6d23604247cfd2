import pytest

from quickselect_median import median, nth_largest, select


def test_select_smallest():
    assert select([5, 1, 4, 2, 3], 0) == 1


def test_median_odd():
    assert median([3, 1, 2]) == 2


def test_median_even():
    assert median([4, 1, 3, 2]) == 2.5


def test_nth_largest():
    assert nth_largest([10, 40, 30, 20], 1) == 40


def test_out_of_range():
    with pytest.raises(IndexError):
        select([1, 2, 3], 3)
    with pytest.raises(ValueError):
        median([])
