import pytest

from fenwick_range_update import RangeFenwick


def test_prefix_sums_of_initial_values():
    tree = RangeFenwick.from_values([3, 1, 4, 1, 5])
    assert [tree.prefix_sum(count) for count in range(6)] == [0, 3, 4, 8, 9, 14]


def test_range_add_shows_in_prefix_sums():
    tree = RangeFenwick(6)
    tree.add(1, 3, 10)
    assert tree.prefix_sum(1) == 0
    assert tree.prefix_sum(2) == 10
    assert tree.prefix_sum(6) == 30


def test_range_sum():
    tree = RangeFenwick.from_values([3, 1, 4, 1, 5])
    assert tree.range_sum(1, 3) == 6
    assert tree.range_sum(0, 4) == 14


def test_values_after_overlapping_adds():
    tree = RangeFenwick(5)
    tree.add(0, 2, 1)
    tree.add(2, 4, 2)
    assert tree.values() == [1, 1, 3, 2, 2]


def test_bad_range_is_rejected():
    tree = RangeFenwick(4)
    with pytest.raises(IndexError):
        tree.add(2, 4, 1)
    with pytest.raises(IndexError):
        tree.add(3, 1, 1)
