import pytest

from holt_forecast import fit, forecast, one_step_errors, states


def reference(series, alpha, beta):
    level, trend = series[0], series[1] - series[0]
    out = [(level, trend)]
    for value in series[1:]:
        new_level = alpha * value + (1 - alpha) * (level + trend)
        trend = beta * (new_level - level) + (1 - beta) * trend
        level = new_level
        out.append((level, trend))
    return out


SERIES = [12.0, 15.0, 14.0, 18.0, 21.0, 19.0, 25.0, 24.0]


@pytest.mark.parametrize("alpha,beta", [(0.5, 0.3), (0.2, 0.8), (0.9, 0.1), (1.0, 0.5)])
def test_states_match_reference(alpha, beta):
    got = [(s.level, s.trend) for s in states(SERIES, alpha, beta)]
    expected = reference(SERIES, alpha, beta)
    assert len(got) == len(SERIES)
    for (level, trend), (exp_level, exp_trend) in zip(got, expected):
        assert level == pytest.approx(exp_level)
        assert trend == pytest.approx(exp_trend)


def test_hand_computed_steps():
    # level0 = 10, trend0 = 2; alpha = beta = 0.5
    # y=12: level = 0.5*12 + 0.5*12 = 12, trend = 0.5*2 + 0.5*2 = 2
    # y=20: level = 0.5*20 + 0.5*14 = 17, trend = 0.5*5 + 0.5*2 = 3.5
    state = fit([10, 12, 20], alpha=0.5, beta=0.5)
    assert state.level == pytest.approx(17.0)
    assert state.trend == pytest.approx(3.5)
    assert forecast([10, 12, 20], 0.5, 0.5, 2) == pytest.approx([20.5, 24.0])


def test_no_smoothing_tracks_last_difference():
    state = fit([3, 5, 4, 10], alpha=1.0, beta=1.0)
    assert state.level == pytest.approx(10.0)
    assert state.trend == pytest.approx(6.0)


def test_falling_line_forecast():
    assert forecast([100, 90, 80, 70, 60], 0.4, 0.6, 2) == pytest.approx([50, 40])


def test_one_step_errors_against_reference():
    expected_states = reference(SERIES, 0.5, 0.3)
    expected = [SERIES[t] - (expected_states[t - 1][0] + expected_states[t - 1][1])
                for t in range(2, len(SERIES))]
    assert one_step_errors(SERIES, 0.5, 0.3) == pytest.approx(expected)


def test_two_points_only():
    state = fit([4, 9], alpha=0.3, beta=0.3)
    assert state.level == pytest.approx(9.0)
    assert state.trend == pytest.approx(5.0)
    assert one_step_errors([4, 9], 0.3, 0.3) == []
