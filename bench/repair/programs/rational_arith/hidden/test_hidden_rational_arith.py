import random
from fractions import Fraction

import pytest

from rational_arith import Rational, harmonic


def _same(r, f):
    return (r.num, r.den) == (f.numerator, f.denominator)


def test_add_integer_on_the_left():
    assert Rational(2) + Rational(3, 7) == Rational(17, 7)


def test_add_fraction_to_integer():
    assert Rational(3, 7) + Rational(2) == Rational(17, 7)


def test_subtraction():
    assert Rational(3, 4) - Rational(1, 4) == Rational(1, 2)
    assert Rational(1, 6) - Rational(1, 3) == Rational(-1, 6)


def test_random_against_fractions():
    rng = random.Random(2024)
    for _ in range(400):
        a = (rng.randint(-30, 30), rng.randint(1, 30))
        b = (rng.randint(-30, 30), rng.randint(1, 30))
        ra, rb = Rational(*a), Rational(*b)
        fa, fb = Fraction(*a), Fraction(*b)
        assert _same(ra + rb, fa + fb)
        assert _same(ra - rb, fa - fb)
        assert _same(ra * rb, fa * fb)
        assert (ra < rb) == (fa < fb)
        if b[0]:
            assert _same(ra / rb, fa / fb)


def test_harmonic_against_fractions():
    for n in (2, 3, 7, 20):
        expected = sum((Fraction(1, k) for k in range(1, n + 1)), Fraction(0))
        assert _same(harmonic(n), expected)


def test_float_and_hash():
    assert float(Rational(1, 3) + Rational(1, 6)) == pytest.approx(0.5)
    assert len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}) == 1


def test_divide_by_zero_value():
    with pytest.raises(ZeroDivisionError):
        Rational(1, 2) / Rational(0, 5)
