import pytest

from best_fit_bin_pack import best_fit_decreasing, bins_needed, wasted_space


def test_no_items_no_bins():
    assert best_fit_decreasing([], 10) == []


def test_small_items_share_one_bin():
    assert best_fit_decreasing([1, 2, 3], 10) == [[3, 2, 1]]


def test_pairs_fill_bins():
    assert best_fit_decreasing([6, 4, 6, 4], 10) == [[6, 4], [6, 4]]


def test_item_larger_than_bin_rejected():
    with pytest.raises(ValueError):
        best_fit_decreasing([3, 11], 10)


def test_bins_needed_and_waste():
    sizes = [2, 5, 4, 7, 1, 3, 8]
    assert bins_needed(sizes, 10) == 3
    assert wasted_space(sizes, 10) == 0
