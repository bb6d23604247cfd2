import math

import pytest

from rank_correlation import fractional_ranks, pearson, spearman


def test_ranks_without_ties():
    assert fractional_ranks([30, 10, 20]) == [3, 1, 2]


def test_tied_values_share_their_average_rank():
    assert fractional_ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4]


def test_pearson_of_a_line():
    assert pearson([1, 2, 3, 4], [3, 5, 7, 9]) == pytest.approx(1.0)


def test_spearman_monotonic_but_not_linear():
    assert spearman([1, 2, 3, 4, 5], [1, 4, 9, 16, 100]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4, 5], [50, 40, 8, 2, 1]) == pytest.approx(-1.0)


def test_constant_input_gives_nan():
    assert math.isnan(spearman([1, 2, 3], [4, 4, 4]))


def test_length_mismatch():
    with pytest.raises(ValueError):
        spearman([1, 2, 3], [1, 2])
