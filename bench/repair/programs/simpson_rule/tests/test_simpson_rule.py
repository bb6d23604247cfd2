import math

import pytest

from simpson_rule import integrate, simpson, trapezoid


def test_trapezoid_exact_for_lines():
    assert trapezoid(lambda x: 2 * x + 1, 0, 1, n=4) == pytest.approx(2.0)


def test_simpson_exact_for_parabola():
    assert simpson(lambda x: x * x, 0, 3, n=2) == pytest.approx(9.0)


def test_simpson_exact_for_cubic():
    assert simpson(lambda x: x**3, 0, 2, n=4) == pytest.approx(4.0)


def test_simpson_logarithm():
    assert simpson(lambda x: 1 / x, 1, 2, n=10) == pytest.approx(math.log(2), abs=1e-5)


def test_odd_panel_count_rejected():
    with pytest.raises(ValueError):
        simpson(math.sin, 0, 1, n=3)


def test_integrate_sine_over_half_period():
    assert integrate(math.sin, 0, math.pi) == pytest.approx(2.0, rel=1e-8)
