import random

import pytest

from window_max_monitor import WindowMonitor


def brute(samples, now, width):
    live = [v for ts, v in samples if ts > now - width]
    return live


def test_matches_brute_force_on_random_streams():
    rng = random.Random(22)
    for width in (1, 3, 7, 20):
        w = WindowMonitor(width)
        samples = []
        ts = 0
        for _ in range(300):
            ts += rng.choice([0, 1, 1, 2, 3])
            value = rng.randint(1, 50)
            w.add(ts, value)
            samples.append((ts, value))
            now = ts + rng.choice([0, 0, 1, 2])
            ts = now
            live = brute(samples, now, width)
            assert w.count(now) == len(live)
            assert w.peak(now) == (max(live) if live else None)
            assert w.mean(now) == pytest.approx(sum(live) / len(live) if live else 0.0)


def test_peak_with_decreasing_values():
    w = WindowMonitor(4)
    for ts, v in [(0, 50), (1, 40), (2, 30), (3, 20)]:
        w.add(ts, v)
    assert w.peak(3) == 50
    assert w.peak(4) == 40
    assert w.peak(5) == 30
    assert w.peak(6) == 20
    assert w.peak(7) is None


def test_equal_values_keep_latest_timestamp():
    w = WindowMonitor(3)
    w.add(0, 10)
    w.add(2, 10)
    assert w.peak(4) == 10
    assert w.peak(5) is None


def test_sample_exactly_width_old_has_expired():
    w = WindowMonitor(10)
    w.add(0, 5)
    w.add(3, 1)
    assert w.count(10) == 1
    assert w.peak(10) == 1
    assert w.mean(10) == pytest.approx(1)


def test_rate_per_second():
    w = WindowMonitor(4)
    for ts in range(8):
        w.add(ts, 1)
    assert w.rate(7) == pytest.approx(1.0)
    assert w.rate(9) == pytest.approx(0.5)
