import pytest

from range_min_segtree import MinTree


def test_minimum_of_whole_range():
    tree = MinTree([5, 3, 8, 1, 9])
    assert tree.argmin(0, 4) == (1, 3)


def test_minimum_of_part_of_the_range():
    tree = MinTree([5, 3, 8, 1, 9])
    assert tree.argmin(0, 2) == (3, 1)
    assert tree.minimum(4, 4) == 9


def test_ties_report_leftmost_position():
    tree = MinTree([4, 2, 7, 2, 5])
    assert tree.argmin(0, 4) == (2, 1)


def test_assign_changes_answers():
    tree = MinTree([6, 5, 4])
    tree.assign(0, 1)
    assert tree.argmin(0, 2) == (1, 0)
    tree.assign(0, 10)
    assert tree.argmin(0, 2) == (4, 2)


def test_hourly_readings():
    tree = MinTree([12.5, 11.0, 13.2, 10.4, 10.9, 14.1])
    assert tree.argmin(0, 5) == (10.4, 3)
    assert tree.argmin(4, 5) == (10.9, 4)


def test_bad_range():
    with pytest.raises(IndexError):
        MinTree([1, 2]).argmin(1, 2)
