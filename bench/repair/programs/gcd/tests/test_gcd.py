import pytest

from gcd import gcd, lcm, reduce_fraction


def test_gcd_with_zero():
    assert gcd(9, 0) == 9
    assert gcd(-4, 0) == 4


def test_gcd_of_common_pairs():
    assert gcd(12, 18) == 6


def test_lcm():
    assert lcm(4, 6) == 12


def test_reduce_fraction():
    assert reduce_fraction(10, 4) == (5, 2)


def test_zero_denominator_rejected():
    with pytest.raises(ZeroDivisionError):
        reduce_fraction(1, 0)
