import pytest

from box_plot_stats import box_stats, median, quartiles


def test_median_odd_count():
    assert median([1, 3, 7]) == 3


def test_median_even_count():
    assert median([1, 2, 3, 4]) == 2.5


def test_quartiles_odd_count():
    assert quartiles([7, 1, 5, 3, 2, 6, 4]) == (2, 4, 6)


def test_outlier_flagged():
    latencies = [10, 12, 12, 13, 12, 11, 14, 13, 15, 10, 10, 100]
    stats = box_stats(latencies)
    assert stats.outliers == [100]
    assert (stats.low, stats.high) == (10, 15)


def test_single_value():
    stats = box_stats([5])
    assert (stats.low, stats.q1, stats.median, stats.q3, stats.high) == (5, 5, 5, 5, 5)
    assert stats.outliers == []


def test_empty_data_rejected():
    with pytest.raises(ValueError):
        median([])
