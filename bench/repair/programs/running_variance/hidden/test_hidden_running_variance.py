import random
import statistics

import pytest

from running_variance import RunningStats


def test_merge_with_empty_either_side():
    data = [4.0, 8.0, 15.0, 16.0, 23.0, 42.0]
    for merged in (RunningStats(data).merge(RunningStats()), RunningStats().merge(RunningStats(data))):
        assert merged.count == 6
        assert merged.mean == pytest.approx(statistics.fmean(data))
        assert merged.variance() == pytest.approx(statistics.variance(data))


def test_merge_two_singletons():
    merged = RunningStats([1.0]).merge(RunningStats([5.0]))
    assert merged.variance() == pytest.approx(8.0)
    assert merged.variance(sample=False) == pytest.approx(4.0)


def test_merge_does_not_touch_inputs():
    left, right = RunningStats([1, 2]), RunningStats([7, 9])
    left.merge(right)
    assert (left.count, left.mean, right.count, right.mean) == (2, 1.5, 2, 8.0)


def test_random_shards_against_statistics():
    rng = random.Random(2024)
    for _ in range(100):
        shards = [[rng.uniform(-50, 50) for _ in range(rng.randint(0, 8))] for _ in range(4)]
        values = [v for shard in shards for v in shard]
        if len(values) < 2:
            continue
        merged = RunningStats()
        for shard in shards:
            merged = merged.merge(RunningStats(shard))
        assert merged.count == len(values)
        assert merged.mean == pytest.approx(statistics.fmean(values))
        assert merged.variance() == pytest.approx(statistics.variance(values))
        assert merged.stdev(sample=False) == pytest.approx(statistics.pstdev(values))
        assert (merged.minimum, merged.maximum) == (min(values), max(values))


def test_empty_merge_stays_empty():
    merged = RunningStats().merge(RunningStats())
    assert merged.count == 0
    with pytest.raises(ValueError):
        merged.variance(sample=False)
