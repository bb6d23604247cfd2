import pytest

from ols_line_fit import fit_line, residuals


def test_noisy_points_match_textbook_values():
    xs = [1, 2, 3, 4, 5]
    ys = [2, 4, 5, 4, 5]
    fit = fit_line(xs, ys)
    assert fit.slope == pytest.approx(0.6)
    assert fit.intercept == pytest.approx(2.2)
    assert fit.r_squared == pytest.approx(0.6)


def test_negative_slope_with_positive_xs():
    fit = fit_line([10, 20, 30, 40], [95, 80, 70, 55])
    assert fit.slope == pytest.approx(-1.3)
    assert fit.intercept == pytest.approx(107.5)
    assert fit.predict(50) == pytest.approx(42.5)


def test_residuals_sum_to_zero_and_match():
    xs = [1, 2, 3, 4, 5]
    ys = [2, 4, 5, 4, 5]
    fit = fit_line(xs, ys)
    res = residuals(fit, xs, ys)
    assert res == pytest.approx([-0.8, 0.6, 1.0, -0.6, -0.2])
    assert sum(res) == pytest.approx(0.0, abs=1e-9)


def test_flat_line_away_from_origin():
    fit = fit_line([100, 101, 102], [3, 3, 3])
    assert fit.intercept == pytest.approx(3.0)
    assert fit.r_squared == 1.0


def test_fit_passes_through_the_means():
    xs = [3.5, 7.0, 8.25, 12.0, 15.5]
    ys = [1.0, 4.5, 3.0, 9.0, 8.0]
    fit = fit_line(xs, ys)
    assert fit.predict(sum(xs) / 5) == pytest.approx(sum(ys) / 5)
    assert 0 < fit.r_squared < 1


def test_single_point_is_rejected():
    with pytest.raises(ValueError):
        fit_line([1], [1])
