import random
import statistics

import pytest

from box_plot_stats import box_stats, median, quartiles


def _reference_quartiles(values):
    data = sorted(values)
    half = len(data) // 2
    return (statistics.median(data[:half]), statistics.median(data),
            statistics.median(data[half + len(data) % 2:]))


def test_median_matches_statistics_module():
    rng = random.Random(7)
    for _ in range(200):
        values = sorted(rng.randint(-50, 50) for _ in range(rng.randint(1, 12)))
        assert median(values) == pytest.approx(statistics.median(values))


def test_median_of_floats():
    assert median([0.5, 1.0]) == pytest.approx(0.75)
    assert median([-3, -2]) == -2.5


def test_quartiles_even_count():
    assert quartiles([1, 2, 3, 4, 5, 6, 7, 8]) == (2.5, 4.5, 6.5)


def test_quartiles_random():
    rng = random.Random(11)
    for _ in range(200):
        values = [rng.randint(0, 30) for _ in range(rng.randint(2, 15))]
        assert quartiles(values) == pytest.approx(_reference_quartiles(values))


def test_fences_use_unfloored_quartiles():
    # q1 = 10.5, q3 = 13.5: 17.9 lies inside the upper fence (18), 5.9 below the lower one (6)
    values = [10, 10, 11, 12, 12, 12, 13, 13, 14, 15, 17.9, 5.9]
    stats = box_stats(values)
    q1, _, q3 = _reference_quartiles(values)
    reach = 1.5 * (q3 - q1)
    expected = sorted(v for v in values if v < q1 - reach or v > q3 + reach)
    assert stats.outliers == expected


def test_low_and_high_outliers_random():
    rng = random.Random(5)
    for _ in range(100):
        values = [rng.choice([rng.uniform(0, 10), rng.uniform(-40, 60)])
                  for _ in range(rng.randint(2, 14))]
        q1, mid, q3 = _reference_quartiles(values)
        reach = 1.5 * (q3 - q1)
        inside = [v for v in values if q1 - reach <= v <= q3 + reach]
        stats = box_stats(values)
        assert stats.q1 == pytest.approx(q1) and stats.q3 == pytest.approx(q3)
        assert stats.median == pytest.approx(mid)
        assert stats.outliers == sorted(v for v in values if v not in inside)
        assert (stats.low, stats.high) == (min(inside), max(inside))


def test_custom_whisker():
    stats = box_stats([1, 2, 3, 4, 5, 6, 7, 8, 11], whisker=1.0)
    assert stats.q1 == 2.5 and stats.q3 == 7.5
    assert stats.outliers == []
    assert box_stats([1, 2, 3, 4, 5, 6, 7, 8, 13.1], whisker=1.0).outliers == [13.1]
