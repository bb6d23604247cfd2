import pytest

from sliding_max import window_maxima, window_minima, window_spreads


def test_rejects_empty_window():
    with pytest.raises(ValueError):
        list(window_maxima([1, 2, 3], 0))


def test_stream_shorter_than_window():
    assert list(window_maxima([4, 2], 3)) == []
    assert list(window_maxima([], 1)) == []


def test_maxima_of_windows_of_three():
    assert list(window_maxima([1, 3, -1, -3, 5, 3, 6, 7], 3)) == [3, 3, 5, 5, 6, 7]


def test_minima_of_windows_of_two():
    assert list(window_minima([4, 2, 12, 3, 8], 2)) == [2, 2, 3, 3]


def test_spreads():
    latencies = [120.0, 80.0, 95.0, 300.0, 110.0]
    assert window_spreads(latencies, 3) == [40.0, 220.0, 205.0]
