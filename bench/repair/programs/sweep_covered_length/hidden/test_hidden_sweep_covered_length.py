import random

import pytest

from sweep_covered_length import covered_length, max_depth


def brute(intervals, k):
    if not intervals:
        return 0
    lo = min(s for s, _ in intervals)
    hi = max(e for _, e in intervals)
    return sum(1 for x in range(lo, hi) if sum(s <= x < e for s, e in intervals) >= k)


def test_depth_two():
    assert covered_length([(0, 4), (1, 3), (2, 6)], k=2) == 3
    assert covered_length([(0, 4), (1, 3), (2, 6)], k=3) == 1


def test_single_and_empty():
    assert covered_length([(2, 9)]) == 7
    assert covered_length([]) == 0
    assert covered_length([(4, 4)]) == 0


def test_nested():
    assert covered_length([(0, 10), (2, 3), (4, 8)]) == 10


def test_random_against_brute_force():
    rng = random.Random(3)
    for _ in range(300):
        intervals = []
        for _ in range(rng.randint(0, 7)):
            s = rng.randint(-5, 15)
            intervals.append((s, s + rng.randint(0, 8)))
        for k in (1, 2, 3):
            assert covered_length(intervals, k) == brute(intervals, k)


def test_floats():
    assert covered_length([(0.5, 1.5), (1.0, 2.0)]) == pytest.approx(1.5)


def test_bad_k():
    with pytest.raises(ValueError):
        covered_length([(0, 1)], k=0)
    assert max_depth([]) == 0
