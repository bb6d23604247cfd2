import pytest

from horner_newton_solver import derivative, evaluate, evaluate_with_derivative, newton_root


def test_evaluate():
    assert evaluate([2, -3, 0, 5], 2) == 9
    assert evaluate([7], 100) == 7
    assert evaluate([], 3) == 0


def test_derivative_coefficients():
    assert derivative([2, -3, 0, 5]) == [6, -6, 0]
    assert derivative([4]) == []


def test_value_and_slope():
    assert evaluate_with_derivative([1, 0, -2], 3) == (7, 6)


def test_newton_square_root():
    assert newton_root([1, 0, -2], 1.0) == pytest.approx(2 ** 0.5)


def test_flat_start_raises():
    with pytest.raises(ZeroDivisionError):
        newton_root([1, 0, -2], 0.0)
