import random

import pytest

from rolling_window_stats import rolling_max, rolling_mean, rolling_sum, running_total


def reference(values, window, min_periods, fn):
    if min_periods is None:
        min_periods = window
    out = []
    for i in range(len(values)):
        chunk = values[max(0, i - window + 1):i + 1]
        out.append(fn(chunk) if len(chunk) >= min_periods else None)
    return out


def test_rolling_max_window_two():
    assert rolling_max([1, 5, 2, 3, 1], 2) == [None, 5, 5, 3, 3]


def test_min_periods_fills_the_start():
    assert rolling_sum([10, 20, 30, 40], 3, min_periods=1) == [10, 30, 60, 90]
    assert rolling_mean([2, 4, 6, 8], 2, min_periods=1) == [2, 3, 5, 7]


def test_window_of_one_is_identity():
    data = [7, -3, 0, 12]
    assert rolling_sum(data, 1) == data
    assert rolling_max(data, 1) == data


def test_against_reference():
    rng = random.Random(25)
    for _ in range(200):
        values = [rng.randint(-20, 20) for _ in range(rng.randint(0, 15))]
        window = rng.randint(1, 6)
        mp = rng.choice([None] + list(range(1, window + 1)))
        assert rolling_sum(values, window, mp) == reference(values, window, mp, sum)
        assert rolling_max(values, window, mp) == reference(values, window, mp, max)
        assert rolling_mean(values, window, mp) == reference(
            values, window, mp, lambda c: sum(c) / len(c))


def test_bad_min_periods():
    with pytest.raises(ValueError):
        rolling_mean([1, 2, 3], 2, min_periods=3)


def test_running_total_empty():
    assert running_total([]) == []
