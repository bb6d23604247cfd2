import pytest

from horner_newton_solver import derivative, evaluate, evaluate_with_derivative, newton_root


def test_value_and_slope_of_a_cubic():
    coeffs = [2, -3, 0, 5]
    for x in (-2, -1, 0, 1, 2.5, 4):
        p, dp = evaluate_with_derivative(coeffs, x)
        assert p == pytest.approx(evaluate(coeffs, x))
        assert dp == pytest.approx(evaluate(derivative(coeffs), x))


def test_slope_of_constant_and_linear():
    assert evaluate_with_derivative([9], 4) == (9, 0)
    assert evaluate_with_derivative([3, 1], 10) == (31, 3)


def test_slope_of_quartic():
    assert evaluate_with_derivative([1, 0, 0, 0, -16], 2) == (0, 32)
    assert evaluate_with_derivative([1, -1, 1, -1, 1], -1) == (5, -10)


def test_newton_cube_root_and_exact_root():
    assert newton_root([1, 0, 0, -27], 5.0) == pytest.approx(3)
    assert newton_root([1, -5, 6], 2) == 2


def test_newton_flat_point_on_cubic():
    with pytest.raises(ZeroDivisionError):
        newton_root([1, 0, -3, 1], 1.0)
