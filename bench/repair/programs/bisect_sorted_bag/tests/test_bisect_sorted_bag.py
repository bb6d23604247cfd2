import pytest

from bisect_sorted_bag import SortedBag


def test_keeps_items_sorted_with_repeats():
    bag = SortedBag([5, 1, 3])
    bag.add(3)
    bag.add(0)
    assert list(bag) == [0, 1, 3, 3, 5]
    assert bag.count(3) == 2 and 4 not in bag


def test_remove_one_occurrence():
    bag = SortedBag([2, 2, 7])
    bag.remove(2)
    assert list(bag) == [2, 7]
    with pytest.raises(ValueError):
        bag.remove(4)


def test_count_range_inclusive():
    bag = SortedBag([1, 3, 3, 5, 8, 13])
    assert bag.count_range(3, 8) == 4
    assert bag.count_range(4, 4) == 0
    assert bag.count_range(9, 2) == 0


def test_floor_and_ceiling():
    bag = SortedBag([10, 20, 30])
    assert bag.floor(25) == 20
    assert bag.ceiling(25) == 30
    assert bag.floor(20) == 20
    assert bag.ceiling(20) == 20
    assert bag.floor(5) is None and bag.ceiling(35) is None


def test_nearest():
    bag = SortedBag([1, 4, 9])
    assert bag.nearest(6) == 4
    assert bag.nearest(7) == 9
    assert SortedBag().nearest(3) is None
