import pytest

from window_max_monitor import WindowMonitor


def test_empty_window():
    w = WindowMonitor(10)
    assert w.count(0) == 0
    assert w.mean(0) == 0.0
    assert w.peak(0) is None


def test_count_and_mean_within_window():
    w = WindowMonitor(10)
    for ts, v in [(1, 100), (2, 200), (3, 300)]:
        w.add(ts, v)
    assert w.count(5) == 3
    assert w.mean(5) == pytest.approx(200)


def test_old_samples_expire():
    w = WindowMonitor(10)
    w.add(0, 50)
    w.add(5, 70)
    assert w.count(12) == 1
    assert w.mean(12) == pytest.approx(70)
    assert w.count(20) == 0


def test_peak_of_increasing_latencies():
    w = WindowMonitor(60)
    for ts, v in enumerate([120, 180, 240, 310]):
        w.add(ts, v)
    assert w.peak(10) == 310


def test_peak_after_spike_expires():
    w = WindowMonitor(5)
    w.add(0, 900)
    w.add(1, 200)
    w.add(2, 300)
    assert w.peak(3) == 900
    assert w.peak(5) == 300


def test_rejects_non_positive_width():
    with pytest.raises(ValueError):
        WindowMonitor(0)
