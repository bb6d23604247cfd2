import math

import pytest

from running_variance import RunningStats


def test_mean_and_sample_variance():
    stats = RunningStats([2, 4, 4, 4, 5, 5, 7, 9])
    assert stats.mean == pytest.approx(5.0)
    assert stats.variance() == pytest.approx(32 / 7)


def test_population_stdev():
    stats = RunningStats([2, 4, 4, 4, 5, 5, 7, 9])
    assert stats.stdev(sample=False) == pytest.approx(2.0)


def test_min_max():
    stats = RunningStats([3.5, -1, 8])
    assert (stats.minimum, stats.maximum) == (-1, 8)


def test_single_value_has_no_sample_variance():
    with pytest.raises(ValueError):
        RunningStats([1.0]).variance()


def test_merge_shards_with_same_mean():
    merged = RunningStats([1, 3]).merge(RunningStats([0, 4]))
    assert merged.count == 4
    assert merged.mean == pytest.approx(2.0)
    assert merged.variance(sample=False) == pytest.approx(2.5)


def test_merge_matches_single_stream():
    left, right = [1.0, 2.0, 3.0], [10.0, 11.0, 12.0]
    merged = RunningStats(left).merge(RunningStats(right))
    whole = RunningStats(left + right)
    assert merged.mean == pytest.approx(whole.mean)
    assert merged.variance() == pytest.approx(whole.variance())
    assert math.isclose(merged.stdev(), whole.stdev())
