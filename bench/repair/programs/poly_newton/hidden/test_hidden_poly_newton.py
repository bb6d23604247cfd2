import itertools
import math

import pytest

from poly_newton import derivative, evaluate, find_root, newton_iterates


def test_derivative_of_constant_and_cubic():
    assert derivative([7]) == []
    assert derivative([1, -1, 4, 2]) == [-1, 8, 6]


def test_derivative_matches_finite_difference():
    coeffs = [0.5, -3, 0, 2, 1]
    slope = derivative(coeffs)
    h = 1e-6
    for x in (-2.0, 0.3, 1.7):
        numeric = (evaluate(coeffs, x + h) - evaluate(coeffs, x - h)) / (2 * h)
        assert evaluate(slope, x) == pytest.approx(numeric, rel=1e-5)


def test_newtons_own_example():
    # x**3 - 2x - 5, the cubic Newton used himself
    assert find_root([-5, -2, 0, 1], 2.0) == pytest.approx(2.0945514815423265)


def test_cube_root():
    assert find_root([-10, 0, 0, 1], 3.0) == pytest.approx(10 ** (1 / 3))


def test_first_iterates_of_sqrt_two():
    steps = list(itertools.islice(newton_iterates([-2, 0, 1], 1.0), 3))
    assert steps == pytest.approx([1.5, 17 / 12, 577 / 408])


def test_root_depends_on_start():
    coeffs = [-6, 1, 1]  # (x + 3)(x - 2)
    assert find_root(coeffs, 5.0) == pytest.approx(2.0)
    assert find_root(coeffs, -5.0) == pytest.approx(-3.0)
    assert math.isclose(evaluate(coeffs, find_root(coeffs, 0.0)), 0.0, abs_tol=1e-9)
