import pytest

from histogram_bins import Histogram


def test_counts_per_bin():
    hist = Histogram(0, 10, 5).extend([0, 1, 2.5, 3, 4, 7, 9.5])
    assert hist.counts == [2, 2, 1, 1, 1]


def test_whole_range_is_counted():
    hist = Histogram(0, 10, 5).extend(range(11))
    assert hist.counts == [2, 2, 2, 2, 3]
    assert hist.underflow == hist.overflow == 0


def test_out_of_range_values():
    hist = Histogram(0, 1, 4).extend([-0.5, 0.5, 1.5, 2])
    assert (hist.underflow, hist.overflow) == (1, 2)
    assert hist.total == 4


def test_edges():
    assert Histogram(0, 1, 4).edges() == [0, 0.25, 0.5, 0.75, 1]


def test_fullest_bin():
    hist = Histogram(0, 100, 10).extend([12, 15, 18, 55, 99])
    assert hist.fullest_bin() == (10, 20)


def test_invalid_range():
    with pytest.raises(ValueError):
        Histogram(5, 5, 3)
