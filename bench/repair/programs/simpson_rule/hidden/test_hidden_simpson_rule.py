import math

import pytest

from simpson_rule import integrate, simpson, trapezoid


def test_exponential():
    assert simpson(math.exp, 0, 1, n=20) == pytest.approx(math.e - 1, abs=1e-7)


def test_negative_integrand():
    assert simpson(lambda x: -x * x, 0, 1, n=4) == pytest.approx(-1 / 3)


def test_reversed_limits_flip_sign():
    assert simpson(lambda x: x * x, 1, 0, n=4) == pytest.approx(-1 / 3)


def test_small_interval():
    assert simpson(lambda x: 3 * x * x, 0, 0.5, n=2) == pytest.approx(0.125)


def test_simpson_beats_trapezoid_on_smooth_function():
    exact = math.atan(1) * 4
    f = lambda x: 4 / (1 + x * x)  # noqa: E731
    assert abs(simpson(f, 0, 1, n=8) - exact) < abs(trapezoid(f, 0, 1, n=8) - exact)
    assert simpson(f, 0, 1, n=8) == pytest.approx(math.pi, abs=1e-5)


def test_integrate_gaussian():
    value = integrate(lambda x: math.exp(-x * x), 0, 1)
    assert value == pytest.approx(math.sqrt(math.pi) / 2 * math.erf(1), rel=1e-9)


def test_integrate_logarithm():
    assert integrate(math.log, 1, math.e) == pytest.approx(1.0, rel=1e-9)


def test_integrate_non_integer_area():
    assert integrate(lambda x: 1 / (1 + x), 0, 3) == pytest.approx(math.log(4), rel=1e-9)


def test_zero_width_interval():
    assert simpson(math.cos, 1.5, 1.5, n=2) == 0.0


def test_panel_validation():
    with pytest.raises(ValueError):
        simpson(math.sin, 0, 1, n=0)
    with pytest.raises(ValueError):
        trapezoid(math.sin, 0, 1, n=0)
