import pytest

from holt_linear_forecast import holt_forecast, holt_smooth, sse


def reference(series, alpha, beta):
    level, trend = float(series[0]), float(series[1] - series[0])
    levels, trends = [level], [trend]
    for y in series[1:]:
        new_level = alpha * y + (1 - alpha) * (level + trend)
        trend = beta * (new_level - level) + (1 - beta) * trend
        level = new_level
        levels.append(level)
        trends.append(trend)
    return levels, trends


def test_hand_computed_steps():
    levels, trends = holt_smooth([3, 5, 4], 0.5, 0.5)
    # step 1: level = .5*5 + .5*(3+2) = 5, trend = .5*(5-3) + .5*2 = 2
    # step 2: level = .5*4 + .5*(5+2) = 5.5, trend = .5*(0.5) + .5*2 = 1.25
    assert levels == pytest.approx([3, 5, 5.5])
    assert trends == pytest.approx([2, 2, 1.25])


def test_noisy_series_matches_reference():
    series = [12, 15, 14, 18, 21, 19, 24, 27]
    for alpha, beta in [(0.3, 0.1), (0.8, 0.6), (0.5, 1.0)]:
        levels, trends = holt_smooth(series, alpha, beta)
        ref_levels, ref_trends = reference(series, alpha, beta)
        assert levels == pytest.approx(ref_levels)
        assert trends == pytest.approx(ref_trends)


def test_forecast_uses_last_level_and_trend():
    series = [100, 96, 95, 90, 88]
    ref_levels, ref_trends = reference(series, 0.4, 0.3)
    expected = [ref_levels[-1] + h * ref_trends[-1] for h in (1, 2, 3, 4)]
    assert holt_forecast(series, 0.4, 0.3, 4) == pytest.approx(expected)


def test_descending_line_is_extended():
    assert holt_forecast([50, 45, 40, 35], 0.2, 0.7, 2) == pytest.approx([30, 25])


def test_sse_of_noisy_series():
    series = [2, 4, 5, 9, 10]
    ref_levels, ref_trends = reference(series, 0.5, 0.5)
    expected = sum(
        (series[t] - ref_levels[t - 1] - ref_trends[t - 1]) ** 2 for t in range(1, len(series))
    )
    assert sse(series, 0.5, 0.5) == pytest.approx(expected)


def test_horizon_must_be_positive():
    with pytest.raises(ValueError):
        holt_forecast([1, 2, 3], 0.5, 0.5, 0)
