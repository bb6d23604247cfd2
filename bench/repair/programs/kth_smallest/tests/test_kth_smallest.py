import pytest

from kth_smallest import kth_smallest, median_low


def test_single_value():
    assert kth_smallest([5], 0) == 5


def test_out_of_range():
    with pytest.raises(IndexError):
        kth_smallest([1, 2], 2)


def test_largest_latency():
    latencies = [120, 80, 300, 95, 210]
    assert kth_smallest(latencies, 4) == 300


def test_smallest_latency():
    latencies = [120, 80, 300, 95, 210]
    assert kth_smallest(latencies, 0) == 80


def test_median():
    assert median_low([7, 1, 3]) == 3
