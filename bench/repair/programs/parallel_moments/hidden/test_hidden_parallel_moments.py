import random
import statistics

import pytest

from parallel_moments import Moments, combine


def test_single_value_shard_merged_into_big_one():
    big = Moments.of([100.0] * 9)
    m = big.merge(Moments.of([0.0]))
    assert m.count == 10
    assert m.mean == pytest.approx(90.0)
    assert m.variance == pytest.approx(statistics.variance([100.0] * 9 + [0.0]))


def test_merge_order_does_not_matter():
    a = Moments.of([1.0, 1.5, 8.0, 2.0])
    b = Moments.of([20.0])
    ab, ba = a.merge(b), b.merge(a)
    assert ab.count == ba.count == 5
    assert ab.mean == pytest.approx(ba.mean)
    assert ab.mean == pytest.approx(statistics.mean([1.0, 1.5, 8.0, 2.0, 20.0]))
    assert ab.m2 == pytest.approx(ba.m2)


def test_random_shards_match_one_pass():
    rng = random.Random(7)
    values = [rng.uniform(-50, 150) for _ in range(200)]
    cuts = sorted(rng.sample(range(1, 200), 6))
    shards = [values[i:j] for i, j in zip([0, *cuts], [*cuts, 200])]
    m = combine(Moments.of(s) for s in shards)
    assert m.count == 200
    assert m.mean == pytest.approx(statistics.mean(values))
    assert m.variance == pytest.approx(statistics.variance(values))


def test_combine_with_empty_parts():
    m = combine([Moments(), Moments.of([2.0, 4.0]), Moments(), Moments.of([9.0])])
    assert m.count == 3
    assert m.mean == pytest.approx(5.0)
    assert m.variance == pytest.approx(statistics.variance([2.0, 4.0, 9.0]))


def test_small_counts():
    assert Moments.of([]).variance == 0.0
    assert Moments.of([5.0]).variance == 0.0
    assert combine([]).count == 0
