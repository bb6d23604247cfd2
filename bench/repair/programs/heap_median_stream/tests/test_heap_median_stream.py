import pytest

from heap_median_stream import RunningMedian, running_medians


def test_empty_stream_has_no_median():
    with pytest.raises(ValueError):
        RunningMedian().median()


def test_single_value():
    tracker = RunningMedian()
    tracker.add(7)
    assert tracker.median() == 7


def test_two_values_are_averaged():
    tracker = RunningMedian()
    tracker.add(10)
    tracker.add(4)
    assert tracker.median() == 7


def test_odd_count():
    tracker = RunningMedian()
    for value in (5, 1, 3):
        tracker.add(value)
    assert tracker.median() == 3
    assert len(tracker) == 3


def test_medians_after_each_value():
    assert list(running_medians([2, 8, 4, 6])) == [2, 5, 4, 5]
