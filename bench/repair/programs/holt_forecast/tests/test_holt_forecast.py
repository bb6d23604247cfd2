import pytest

from holt_forecast import HoltState, fit, forecast, one_step_errors


def test_state_forecast():
    assert HoltState(level=10.0, trend=2.0).forecast(3) == 16.0


def test_constant_series_has_no_trend():
    state = fit([7, 7, 7, 7, 7], alpha=0.4, beta=0.2)
    assert state.level == pytest.approx(7.0)
    assert state.trend == pytest.approx(0.0)


def test_straight_line_is_followed_exactly():
    state = fit([1, 2, 3, 4, 5], alpha=0.5, beta=0.5)
    assert state.level == pytest.approx(5.0)
    assert state.trend == pytest.approx(1.0)


def test_forecast_continues_the_line():
    assert forecast([2, 4, 6, 8], alpha=0.3, beta=0.1, horizon=3) == pytest.approx([10, 12, 14])


def test_needs_two_points():
    with pytest.raises(ValueError):
        fit([3.0], alpha=0.5, beta=0.5)


def test_rejects_bad_smoothing_factors():
    with pytest.raises(ValueError):
        fit([1, 2, 3], alpha=0.0, beta=0.5)
    with pytest.raises(ValueError):
        fit([1, 2, 3], alpha=0.5, beta=1.5)


def test_errors_of_a_line_are_zero():
    assert one_step_errors([5, 8, 11, 14], alpha=0.6, beta=0.3) == pytest.approx([0, 0])
