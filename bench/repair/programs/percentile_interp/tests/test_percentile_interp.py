import pytest

from percentile_interp import iter_percentiles, percentile, rolling_percentile


def test_minimum_is_p0():
    assert percentile([3, 5, 8], 0) == 3


def test_single_sample():
    assert percentile([42.0], 50) == 42.0
    assert percentile([42.0], 99) == 42.0


def test_median_of_odd_count():
    assert percentile([1, 2, 3, 4, 5], 50) == 3


def test_quartiles():
    assert dict(iter_percentiles([7, 1, 3, 5], (25, 75))) == {25: 2.5, 75: 5.5}


def test_rejects_out_of_range():
    with pytest.raises(ValueError):
        percentile([1, 2], 101)


def test_rolling_window_max():
    assert list(rolling_percentile([5, 1, 4, 2], window=2, q=100)) == [5, 5, 4, 4]
