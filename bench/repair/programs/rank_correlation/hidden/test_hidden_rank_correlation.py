import math

import pytest

from rank_correlation import fractional_ranks, pearson, spearman


def brute_ranks(values):
    ranks = []
    for value in values:
        below = sum(1 for other in values if other < value)
        equal = sum(1 for other in values if other == value)
        ranks.append(below + (equal + 1) / 2)
    return ranks


@pytest.mark.parametrize("values", [
    [],
    [5],
    [2, 2],
    [3, 1, 3, 1],
    [4, 4, 4, 4],
    [1, 2, 2, 2, 3],
    [9, 7, 7, 5, 5, 5, 5, 1],
    [0.5, -1.0, 0.5, 2.0, -1.0, 0.5],
])
def test_ranks_match_brute_force(values):
    assert fractional_ranks(values) == pytest.approx(brute_ranks(values))


def test_even_sized_tie_in_the_middle():
    assert fractional_ranks([8, 3, 3, 1]) == [4, 2.5, 2.5, 1]
    assert fractional_ranks([1, 1, 1, 1, 2]) == [2.5, 2.5, 2.5, 2.5, 5]


def test_ranks_are_a_permutation_sum():
    values = [3, 3, 1, 7, 7, 7, 2, 2]
    n = len(values)
    assert sum(fractional_ranks(values)) == pytest.approx(n * (n + 1) / 2)


def test_spearman_with_ties_known_value():
    xs = [1, 2, 2, 3]
    ys = [1, 3, 2, 4]
    # ranks: x = [1, 2.5, 2.5, 4], y = [1, 3, 2, 4]
    assert spearman(xs, ys) == pytest.approx(0.9486832980505138)


def test_spearman_matches_pearson_of_brute_ranks():
    xs = [10, 20, 20, 40, 50, 50, 50, 80]
    ys = [3, 1, 4, 1, 5, 9, 2, 6]
    assert spearman(xs, ys) == pytest.approx(pearson(brute_ranks(xs), brute_ranks(ys)))


def test_spearman_symmetric_and_sign():
    xs = [4, 1, 1, 3, 8]
    ys = [2, 7, 7, 3, 0]
    assert spearman(xs, ys) == pytest.approx(spearman(ys, xs))
    assert spearman(xs, ys) < 0


def test_pearson_errors_and_nan():
    with pytest.raises(ValueError):
        pearson([1], [1])
    with pytest.raises(ValueError):
        pearson([1, 2], [1, 2, 3])
    assert math.isnan(pearson([2, 2, 2], [1, 2, 3]))
