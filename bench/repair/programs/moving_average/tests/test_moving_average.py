import pytest

from moving_average import exponential_average, moving_average, moving_max


def test_full_windows_only():
    assert moving_average([1, 2, 3, 4, 5], 3) == [2.0, 3.0, 4.0]


def test_partial_windows_at_start():
    assert moving_average([2, 4, 6], 2, partial=True) == [2.0, 3.0, 5.0]


def test_series_shorter_than_window():
    assert moving_average([1, 2], 5) == []


def test_moving_max():
    assert moving_max([3, 1, 4, 1, 5, 9, 2], 3) == [4, 4, 5, 9, 9]


def test_invalid_window():
    with pytest.raises(ValueError):
        moving_average([1, 2, 3], 0)


def test_exponential_average():
    assert exponential_average([10, 20, 20], 0.5) == [10.0, 15.0, 17.5]
