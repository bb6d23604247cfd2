import random
import statistics

from heap_median_stream import RunningMedian, running_medians


def test_random_streams_against_statistics():
    rng = random.Random(8)
    for _ in range(100):
        values = [rng.randint(-20, 20) for _ in range(rng.randint(1, 30))]
        expected = [statistics.median(values[: i + 1]) for i in range(len(values))]
        assert list(running_medians(values)) == expected, values


def test_descending_stream():
    assert list(running_medians([9, 7, 5, 3, 1])) == [9, 8, 7, 6, 5]


def test_duplicates_and_floats():
    tracker = RunningMedian()
    for value in (2.5, 2.5, 2.5, 1.0, 9.0, 2.5):
        tracker.add(value)
    assert tracker.median() == 2.5
    assert len(tracker) == 6


def test_latency_samples():
    tracker = RunningMedian()
    for ms in (120, 80, 95, 300, 101, 99, 87):
        tracker.add(ms)
    assert tracker.median() == 99
    tracker.add(100)
    assert tracker.median() == 99.5
