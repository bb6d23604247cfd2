import pytest

from ols_line_fit import fit_line, residuals


def test_exact_line_through_origin_side():
    fit = fit_line([-2, -1, 0, 1, 2], [-4, -2, 0, 2, 4])
    assert fit.slope == pytest.approx(2.0)
    assert fit.intercept == pytest.approx(0.0)
    assert fit.r_squared == pytest.approx(1.0)


def test_exact_line_with_offset():
    fit = fit_line([1, 2, 3, 4], [5, 7, 9, 11])
    assert fit.slope == pytest.approx(2.0)
    assert fit.intercept == pytest.approx(3.0)
    assert fit.predict(10) == pytest.approx(23.0)


def test_constant_ys_give_flat_line():
    fit = fit_line([0, 3, 5], [7, 7, 7])
    assert fit.slope == pytest.approx(0.0)
    assert fit.intercept == pytest.approx(7.0)


def test_input_errors():
    with pytest.raises(ValueError):
        fit_line([1, 2], [1])
    with pytest.raises(ValueError):
        fit_line([3, 3, 3], [1, 2, 3])


def test_residuals_of_exact_fit_are_zero():
    xs, ys = [-1, 0, 1], [1, 1, 1]
    fit = fit_line(xs, ys)
    assert residuals(fit, xs, ys) == pytest.approx([0, 0, 0])
