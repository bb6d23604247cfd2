import pytest

from k_smallest_pair_sums import cheapest_combos, k_smallest_pairs, kth_smallest_sum


def test_first_pairs_by_sum():
    assert k_smallest_pairs([1, 7, 11], [2, 4, 6], 3) == [(1, 2), (1, 4), (1, 6)]


def test_equal_sums_in_index_order():
    assert k_smallest_pairs([1, 1, 2], [1, 2, 3], 4) == [(1, 1), (1, 1), (1, 2), (1, 2)]


def test_k_larger_than_all_pairs():
    assert k_smallest_pairs([1, 2], [3], 10) == [(1, 3), (2, 3)]


def test_no_pairs_without_both_sides():
    assert k_smallest_pairs([], [], 3) == []
    assert k_smallest_pairs([1, 2], [], 3) == []
    assert k_smallest_pairs([4, 5], [1], 0) == []


def test_kth_sum():
    assert kth_smallest_sum([1, 3, 5], [2, 4], 4) == 7
    with pytest.raises(IndexError):
        kth_smallest_sum([1], [2], 2)


def test_cheapest_meals():
    mains = {"soup": 6, "pasta": 9, "steak": 20}
    sides = {"bread": 2, "salad": 4, "fries": 4}
    assert cheapest_combos(mains, sides, 3) == [
        ("soup", "bread", 8),
        ("soup", "fries", 10),
        ("soup", "salad", 10),
    ]
