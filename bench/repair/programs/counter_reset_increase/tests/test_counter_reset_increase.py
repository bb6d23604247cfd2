import pytest

from counter_reset_increase import raw_increase, window_increase, window_rate


def test_raw_increase_of_growing_counter():
    assert raw_increase([(0, 1), (15, 4), (30, 10)]) == 9


def test_raw_increase_handles_restart():
    assert raw_increase([(0, 10), (15, 15), (30, 3), (45, 8)]) == 13


def test_too_few_samples():
    assert window_increase([], 0, 60) == 0.0
    assert window_increase([(10, 5)], 0, 60) == 0.0


def test_samples_covering_whole_window():
    samples = [(t, 2 * t) for t in range(0, 61, 10)]
    assert window_increase(samples, 0, 60) == pytest.approx(120)
    assert window_rate(samples, 0, 60) == pytest.approx(2.0)


def test_extrapolates_to_window_start():
    samples = [(t, 90 + t) for t in range(10, 61, 10)]
    assert window_increase(samples, 0, 60) == pytest.approx(60)


def test_extrapolation_stops_where_counter_was_zero():
    samples = [(5, 2), (15, 12), (25, 22)]
    assert window_increase(samples, 0, 25) == pytest.approx(22)
