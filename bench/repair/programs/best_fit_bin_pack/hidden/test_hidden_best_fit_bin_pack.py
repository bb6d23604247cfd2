import pytest

from best_fit_bin_pack import best_fit_decreasing, bins_needed, wasted_space


def test_exact_fit_preferred_over_roomier_bin():
    assert best_fit_decreasing([7, 5, 3, 2], 10) == [[7, 3], [5, 2]]


def test_tightest_bin_wins_even_if_not_first():
    assert best_fit_decreasing([7, 4, 4, 2], 10) == [[7], [4, 4, 2]]


def test_whole_bin_items():
    assert best_fit_decreasing([10, 10, 10], 10) == [[10], [10], [10]]


def test_tie_goes_to_earliest_bin():
    assert best_fit_decreasing([6, 6, 3, 1], 9) == [[6, 3], [6, 1]]


def test_fractional_sizes_fill_exactly():
    assert best_fit_decreasing([0.5, 0.5, 0.25, 0.75], 1.0) == [[0.75, 0.25], [0.5, 0.5]]


def test_counts_and_waste():
    sizes = [5, 5, 5, 5, 4, 4, 1, 1]
    assert bins_needed(sizes, 10) == 3
    assert wasted_space(sizes, 10) == 0
    assert bins_needed([3, 3, 3], 10) == 1
    assert wasted_space([3, 3, 3], 10) == 1


def test_bad_capacity():
    with pytest.raises(ValueError):
        best_fit_decreasing([1], 0)
    with pytest.raises(ValueError):
        best_fit_decreasing([12], 11)
