import math

import pytest

from poly_newton import derivative, evaluate, find_root


def test_evaluate():
    assert evaluate([1, 2, 3], 2) == 17
    assert evaluate([], 5) == 0


def test_derivative_of_quadratic():
    assert derivative([5, 3, 1]) == [3, 2]


def test_square_root_of_two():
    assert find_root([-2, 0, 1], 1.0) == pytest.approx(math.sqrt(2))


def test_linear_root():
    assert find_root([-4, 2], 0.0) == pytest.approx(2.0)


def test_no_real_root_raises():
    with pytest.raises(ArithmeticError):
        find_root([1, 0, 1], 0.5, max_iter=30)
