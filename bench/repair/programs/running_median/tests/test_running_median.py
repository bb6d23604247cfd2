import pytest

from running_median import median, running_medians


def test_single_value():
    assert list(running_medians([7])) == [7]


def test_mixed_stream():
    assert list(running_medians([5, 15, 1, 3])) == [5, 10, 5, 4]


def test_increasing_stream():
    assert list(running_medians([1, 2, 3, 4, 5])) == [1, 1.5, 2, 2.5, 3]


def test_median_of_two():
    assert median([2, 8]) == 5


def test_median_of_empty_input():
    with pytest.raises(ValueError):
        median([])
