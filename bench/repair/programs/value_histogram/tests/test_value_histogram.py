import pytest

from value_histogram import Histogram, histogram_of


def test_edges():
    assert Histogram(0, 10, 5).edges() == [0, 2, 4, 6, 8, 10]


def test_counts_values_into_bins():
    hist = Histogram(0, 10, 5)
    for value in (1, 3, 3.5, 9):
        hist.add(value)
    assert hist.counts == [1, 2, 0, 0, 1]
    assert hist.outliers == 0


def test_values_outside_the_range_are_outliers():
    hist = Histogram(0, 10, 5)
    hist.add(-1)
    hist.add(12)
    assert hist.counts == [0] * 5
    assert hist.outliers == 2


def test_histogram_of_samples():
    hist = histogram_of([1, 2, 2, 3, 4, 5], bins=4)
    assert (hist.low, hist.high) == (1, 5)
    assert hist.counts == [1, 2, 1, 2]


def test_needs_a_range_and_bins():
    with pytest.raises(ValueError):
        Histogram(0, 10, 0)
    with pytest.raises(ValueError):
        Histogram(3, 3, 2)
