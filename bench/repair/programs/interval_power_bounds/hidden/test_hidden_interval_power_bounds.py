from fractions import Fraction as F

import pytest

from interval_power_bounds import Interval, polynomial


def test_zeroth_and_first_power():
    assert Interval(-5, -2) ** 0 == Interval(1, 1)
    assert Interval(-5, -2) ** 1 == Interval(-5, -2)
    assert Interval(-1, 4) ** 1 == Interval(-1, 4)


def test_odd_power_of_negative_interval():
    assert Interval(-3, -1) ** 3 == Interval(-27, -1)


def test_odd_power_across_zero():
    assert Interval(-2, 1) ** 3 == Interval(-8, 1)
    assert Interval(-1, 3) ** 5 == Interval(-1, 243)


def test_even_powers():
    assert Interval(-3, -2) ** 2 == Interval(4, 9)
    assert Interval(1, 2) ** 4 == Interval(1, 16)
    assert Interval(-3, 1) ** 4 == Interval(0, 81)
    assert Interval(0, 2) ** 2 == Interval(0, 4)


def test_fraction_endpoints():
    assert Interval(F(1, 2), F(3, 2)) ** 3 == Interval(F(1, 8), F(27, 8))
    assert Interval(F(-3, 2), F(-1, 2)) ** 2 == Interval(F(1, 4), F(9, 4))


def test_negative_exponent_rejected():
    with pytest.raises(ValueError):
        Interval(1, 2) ** -1


def test_polynomials():
    assert polynomial([1, 0, 1], Interval(-1, 2)) == Interval(1, 5)
    assert polynomial([0, -2, 1], Interval(1, 3)) == Interval(-5, 7)
    assert polynomial([0, 0, 0, 1], Interval(-2, -1)) == Interval(-8, -1)
    assert polynomial([5, 0, -1], Interval(1, 2)) == Interval(1, 4)


def test_negation():
    assert -Interval(-1, 4) == Interval(-4, 1)
