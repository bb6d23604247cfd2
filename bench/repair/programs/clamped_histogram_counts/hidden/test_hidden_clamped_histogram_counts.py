import pytest

from clamped_histogram_counts import cumulative, histogram


def test_every_value_is_counted_with_derived_range():
    values = [2.5, 7.0, 3.25, 9.5, 5.0, 9.5, 4.0]
    edges, counts = histogram(values, bins=4)
    assert edges == [2.5, 4.25, 6.0, 7.75, 9.5]
    assert counts == [3, 1, 1, 2]
    assert cumulative(counts)[-1] == len(values)


def test_right_edge_of_fixed_range_is_kept():
    edges, counts = histogram([0, 10, 10, 5, 10.5, -0.5], bins=5, value_range=(0, 10))
    assert counts == [1, 0, 1, 0, 2]


def test_left_edges_belong_to_the_bin_on_their_right():
    _, counts = histogram([0, 2, 4, 6, 8], bins=4, value_range=(0, 8))
    assert counts == [1, 1, 1, 2]


def test_negative_values():
    _, counts = histogram([-8, -6, -4.5, -1, 0], bins=2)
    assert counts == [3, 2]


def test_empty_values_with_fixed_range():
    edges, counts = histogram([], bins=3, value_range=(0, 3))
    assert edges == [0, 1, 2, 3]
    assert counts == [0, 0, 0]


def test_empty_values_without_range():
    with pytest.raises(ValueError):
        histogram([], bins=3)
