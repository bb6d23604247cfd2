import pytest

from ship_capacity import min_capacity, schedule


def test_classic_example():
    assert min_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) == 15


def test_three_days():
    assert min_capacity([3, 2, 2, 4, 1, 4], 3) == 6


def test_one_parcel_per_day():
    assert min_capacity([5, 5, 5], 3) == 5


def test_single_day_takes_everything():
    assert min_capacity([1, 1, 1, 1], 1) == 4


def test_schedule_split():
    assert schedule([1, 2, 3, 4, 5], 2) == [[1, 2, 3], [4, 5]]


def test_edge_cases():
    assert min_capacity([], 3) == 0
    with pytest.raises(ValueError):
        min_capacity([1], 0)
