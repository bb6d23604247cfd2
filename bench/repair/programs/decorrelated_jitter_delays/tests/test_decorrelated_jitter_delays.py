import random

import pytest

from decorrelated_jitter_delays import backoff_delays


class HighRng:
    """Always picks the top of the range."""

    def uniform(self, a, b):
        return b


def test_full_jitter_upper_bounds():
    assert backoff_delays("full", base=1, cap=10, attempts=5, rng=HighRng()) == [1, 2, 4, 8, 10]


def test_decorrelated_grows_to_cap():
    assert backoff_delays("decorrelated", base=1, cap=20, attempts=4, rng=HighRng()) == [3, 9, 20, 20]


def test_random_delays_stay_in_range():
    rng = random.Random(7)
    for name in ("full", "equal", "decorrelated"):
        delays = backoff_delays(name, base=0.5, cap=8, attempts=20, rng=rng)
        assert len(delays) == 20
        assert all(0 <= d <= 8 for d in delays)


def test_unknown_strategy():
    with pytest.raises(ValueError):
        backoff_delays("linear")
