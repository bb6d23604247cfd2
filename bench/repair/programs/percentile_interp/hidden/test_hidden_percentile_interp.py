import random

import pytest

from percentile_interp import latency_summary, percentile, rolling_percentile


def _reference(values, q):
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = q / 100 * (len(ordered) - 1)
    below = int(rank)
    if below == len(ordered) - 1:
        return ordered[-1]
    return ordered[below] * (1 - (rank - below)) + ordered[below + 1] * (rank - below)


def test_maximum_is_p100():
    assert percentile([1.5, 2.5, 9.0], 100) == 9.0


def test_median_of_even_count():
    assert percentile([10, 20, 30, 40], 50) == 25


def test_interpolates_between_ranks():
    assert percentile([0, 10], 30) == pytest.approx(3.0)
    assert percentile([0, 100, 200, 300, 400], 90) == pytest.approx(360.0)


def test_latency_summary():
    samples = list(range(1, 102))
    assert latency_summary(samples) == {"p50": 51.0, "p90": 91.0, "p99": 100.0}


def test_rolling_median():
    assert list(rolling_percentile([4, 8, 6, 1], window=3, q=50)) == [4, 6, 6, 6]


def test_random_against_reference():
    rng = random.Random(5)
    for _ in range(300):
        values = sorted(rng.uniform(-100, 100) for _ in range(rng.randint(1, 12)))
        q = rng.choice([0, 1, 5, 25, 33.3, 50, 75, 90, 95, 99, 100])
        assert percentile(values, q) == pytest.approx(_reference(values, q))


def test_empty_rejected():
    with pytest.raises(ValueError):
        percentile([], 50)
