import pytest

from counter_reset_increase import raw_increase, window_increase, window_rate


def test_counter_created_at_zero_is_not_extrapolated_backwards():
    samples = [(10, 0), (20, 5), (30, 10), (40, 15)]
    assert window_increase(samples, 0, 40) == pytest.approx(15)


def test_zero_point_limit_with_large_window_gap():
    samples = [(20, 1), (30, 11), (40, 21)]
    assert window_increase(samples, 0, 40) == pytest.approx(21)


def test_zero_point_not_reached_uses_half_gap():
    samples = [(30, 500), (40, 510), (50, 520)]
    assert window_increase(samples, 0, 60) == pytest.approx(20 * (20 + 5 + 10) / 20)


def test_extrapolates_to_window_end():
    samples = [(0, 100), (10, 110), (20, 120), (30, 130)]
    assert window_increase(samples, 0, 38) == pytest.approx(30 * 38 / 30)


def test_restart_inside_window():
    samples = [(0, 50), (10, 60), (20, 4), (30, 14)]
    assert raw_increase(samples) == 24
    assert window_increase(samples, 0, 30) == pytest.approx(24)
    assert window_rate(samples, 0, 30) == pytest.approx(0.8)


def test_flat_counter_and_zero_length_series():
    assert window_increase([(0, 7), (10, 7), (20, 7)], 0, 30) == 0.0
    assert window_increase([(5, 1), (5, 3)], 0, 10) == 0.0


def test_small_first_value_limits_start():
    samples = [(6, 3), (16, 33), (26, 63)]
    expected = 60 * (20 + 1 + 0) / 20
    assert window_increase(samples, 0, 26) == pytest.approx(expected)
