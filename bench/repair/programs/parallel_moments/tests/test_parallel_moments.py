import statistics

import pytest

from parallel_moments import Moments, combine


def test_of_matches_statistics():
    values = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    m = Moments.of(values)
    assert m.count == 8
    assert m.mean == pytest.approx(5.0)
    assert m.variance == pytest.approx(statistics.variance(values))


def test_merge_two_halves():
    left = Moments.of([1.0, 2.0, 3.0])
    right = Moments.of([4.0, 5.0, 6.0])
    both = left.merge(right)
    assert both.count == 6
    assert both.mean == pytest.approx(3.5)
    assert both.variance == pytest.approx(statistics.variance([1, 2, 3, 4, 5, 6]))


def test_merge_with_empty():
    m = Moments.of([3.0, 5.0])
    assert m.merge(Moments()) == m
    assert Moments().merge(m) == m


def test_combine_shards():
    shards = [[10.0], [12.0, 14.0, 16.0], [1.0, 3.0]]
    m = combine(Moments.of(s) for s in shards)
    flat = [x for s in shards for x in s]
    assert m.count == len(flat)
    assert m.mean == pytest.approx(statistics.mean(flat))
    assert m.stdev == pytest.approx(statistics.stdev(flat))
