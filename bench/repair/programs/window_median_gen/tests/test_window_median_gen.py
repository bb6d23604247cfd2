import itertools

import pytest

from window_median_gen import median_filter, median_of_sorted, sliding_medians


def test_median_of_sorted():
    assert median_of_sorted([1, 2, 3]) == 2
    assert median_of_sorted([1, 2, 3, 10]) == 2.5


def test_fewer_values_than_width():
    assert list(sliding_medians([4, 1], 3)) == []


def test_single_full_window():
    assert list(sliding_medians([5, 1, 3], 3)) == [3]


def test_window_of_three():
    assert list(sliding_medians([1, 3, -1, -3, 5, 3, 6, 7], 3)) == [1, -1, -1, 3, 5, 6]


def test_lazy_on_endless_stream():
    medians = sliding_medians(itertools.count(), 2)
    assert list(itertools.islice(medians, 3)) == [0.5, 1.5, 2.5]


def test_bad_width():
    with pytest.raises(ValueError):
        list(sliding_medians([1, 2], 0))


def test_median_filter_edges():
    assert median_filter([1, 9, 2, 8, 3], 3) == [5.0, 2, 8, 3, 5.5]
