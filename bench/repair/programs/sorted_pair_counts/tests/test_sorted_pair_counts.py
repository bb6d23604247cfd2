import pytest

from sorted_pair_counts import SortedValues


def test_pairs_with_sum():
    values = SortedValues((1, 2, 3, 4, 5, 6))
    assert values.pairs_with_sum(7) == [(1, 6), (2, 5), (3, 4)]


def test_pairs_with_sum_skips_duplicate_values():
    values = SortedValues((1, 1, 2, 3, 3, 3, 4))
    assert values.pairs_with_sum(4) == [(1, 3)]
    assert values.pairs_with_sum(6) == [(2, 4), (3, 3)]


def test_count_pairs_below():
    values = SortedValues((1, 3, 4, 7, 9))
    # 1+3, 1+4, 3+4
    assert values.count_pairs_below(8) == 3


def test_count_pairs_at_most():
    values = SortedValues((1, 3, 4, 7, 9))
    # 1+3, 1+4, 1+7, 3+4
    assert values.count_pairs_below(8, strict=False) == 4


def test_closest_sum():
    values = SortedValues((-4, -1, 1, 2))
    assert values.closest_sum(1) == 1
    assert values.closest_sum(10) == 3


def test_unsorted_input_rejected():
    with pytest.raises(ValueError):
        SortedValues((3, 1, 2))
