import pytest

from ship_capacity_search import days_needed, min_capacity


def test_days_needed_small():
    assert days_needed([1, 2, 3], 3) == 2
    assert days_needed([1, 2, 3], 6) == 1


def test_classic_example():
    assert min_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) == 15


def test_one_day_needs_everything():
    assert min_capacity([4, 1, 7, 2], 1) == 14


def test_parcel_too_heavy():
    with pytest.raises(ValueError):
        days_needed([2, 9], 5)


def test_bad_days():
    with pytest.raises(ValueError):
        min_capacity([1, 2], 0)
