from fractions import Fraction

import pytest

from repeating_decimal import from_decimal, period, to_decimal


def test_terminating():
    assert to_decimal(10, 4) == "2.5"
    assert to_decimal(6, 3) == "2"


def test_repeating():
    assert to_decimal(1, 3) == "0.(3)"
    assert to_decimal(1, 7) == "0.(142857)"


def test_negative():
    assert to_decimal(-7, 12) == "-0.58(3)"


def test_zero_denominator():
    with pytest.raises(ZeroDivisionError):
        to_decimal(1, 0)


def test_period():
    assert [period(d) for d in (2, 3, 7, 11)] == [0, 1, 6, 2]


def test_round_trip():
    for n, d in [(1, 6), (22, 7), (-3, 8), (5, 12)]:
        assert from_decimal(to_decimal(n, d)) == Fraction(n, d)
