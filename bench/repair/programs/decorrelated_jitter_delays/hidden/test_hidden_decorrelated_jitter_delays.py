import random

import pytest

from decorrelated_jitter_delays import backoff_delays


class LowRng:
    def uniform(self, a, b):
        return a


class HighRng:
    def uniform(self, a, b):
        return b


class MidRng:
    def uniform(self, a, b):
        return (a + b) / 2


def test_decorrelated_low_stays_at_base():
    assert backoff_delays("decorrelated", base=2, cap=50, attempts=3, rng=LowRng()) == [2, 2, 2]


def test_decorrelated_midpoint_recurrence():
    # next = (base + 3 * previous) / 2
    assert backoff_delays("decorrelated", base=2, cap=100, attempts=4, rng=MidRng()) == [4, 7, 11.5, 18.25]


def test_decorrelated_high_with_small_cap():
    assert backoff_delays("decorrelated", base=0.5, cap=5, attempts=5, rng=HighRng()) == [1.5, 4.5, 5, 5, 5]


def test_decorrelated_range_grows_from_previous():
    seen = []

    class Recorder:
        def uniform(self, a, b):
            seen.append((a, b))
            return b - 1

    backoff_delays("decorrelated", base=1, cap=1000, attempts=3, rng=Recorder())
    assert seen == [(1, 3), (1, 6), (1, 15)]


def test_equal_jitter_bounds():
    assert backoff_delays("equal", base=1, cap=6, attempts=4, rng=LowRng()) == [0.5, 1, 2, 3]
    assert backoff_delays("equal", base=1, cap=6, attempts=4, rng=HighRng()) == [1, 2, 4, 6]


def test_random_decorrelated_within_base_and_cap():
    rng = random.Random(123)
    delays = backoff_delays("decorrelated", base=0.2, cap=3, attempts=200, rng=rng)
    assert all(0.2 <= d <= 3 for d in delays)
    assert max(delays) > 2


def test_bad_base_and_cap():
    with pytest.raises(ValueError):
        backoff_delays("full", base=0)
    with pytest.raises(ValueError):
        backoff_delays("full", base=5, cap=1)
