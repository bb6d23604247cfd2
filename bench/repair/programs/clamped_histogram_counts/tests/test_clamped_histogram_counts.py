import pytest

from clamped_histogram_counts import bin_edges, cumulative, histogram


def test_edges_cover_the_range():
    assert bin_edges(0, 8, 4) == [0, 2, 4, 6, 8]


def test_counts_with_derived_range():
    edges, counts = histogram([0, 1, 1, 2, 3, 4, 4, 4], bins=4)
    assert edges == [0, 1, 2, 3, 4]
    assert counts == [1, 2, 1, 4]


def test_values_outside_fixed_range_are_ignored():
    edges, counts = histogram([-3, 0.5, 1.5, 1.75, 9], bins=2, value_range=(0, 2))
    assert counts == [1, 2]


def test_single_value_gets_a_unit_range():
    edges, counts = histogram([3, 3, 3], bins=1)
    assert edges == [2.5, 3.5]
    assert counts == [3]


def test_bad_arguments():
    with pytest.raises(ValueError):
        histogram([1, 2], bins=0)
    with pytest.raises(ValueError):
        histogram([1, 2], value_range=(5, 1))


def test_cumulative():
    assert cumulative([1, 0, 3, 2]) == [1, 1, 4, 6]
