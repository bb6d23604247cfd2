import pytest

from rational_arith import Rational, harmonic


def test_reduced_to_lowest_terms():
    assert Rational(6, 8) == Rational(3, 4)
    assert repr(Rational(10, 5)) == "2"


def test_sign_moves_to_numerator():
    assert repr(Rational(1, -2)) == "-1/2"


def test_parse():
    assert Rational.parse(" 4/6 ") == Rational(2, 3)
    assert Rational.parse("-7") == Rational(-7)


def test_multiply_and_divide():
    assert Rational(2, 3) * Rational(9, 4) == Rational(3, 2)
    assert Rational(2, 3) / Rational(4, 9) == Rational(3, 2)


def test_add_unlike_denominators():
    assert Rational(1, 2) + Rational(1, 3) == Rational(5, 6)


def test_harmonic_numbers():
    assert harmonic(1) == Rational(1)
    assert harmonic(4) == Rational(25, 12)


def test_zero_denominator():
    with pytest.raises(ZeroDivisionError):
        Rational(1, 0)
