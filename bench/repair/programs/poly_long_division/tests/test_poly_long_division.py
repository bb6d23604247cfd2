from fractions import Fraction

import pytest

from poly_long_division import evaluate, multiply, poly_divmod, poly_gcd


def test_evaluate_with_horner():
    assert evaluate([1, 0, 2], 3) == 19  # 1 + 2x^2


def test_multiply():
    assert multiply([1, 1], [-1, 1]) == [-1, 0, 1]  # (1 + x)(x - 1) = x^2 - 1


def test_divide_difference_of_squares():
    assert poly_divmod([-1, 0, 1], [-1, 1]) == ([1, 1], [])


def test_divide_with_remainder():
    # x^3 + 2x + 5 = (x^2 + x + 3)(x - 1) + 8
    assert poly_divmod([5, 2, 0, 1], [-1, 1]) == ([3, 1, 1], [8])


def test_dividend_of_lower_degree_is_the_remainder():
    assert poly_divmod([1, 2], [0, 0, 1]) == ([], [1, 2])


def test_division_by_zero_polynomial():
    with pytest.raises(ZeroDivisionError):
        poly_divmod([1, 2, 3], [0, 0])


def test_gcd_of_polynomials_sharing_a_root():
    # (x - 2)(x + 1) and (x - 2)(x + 3) share (x - 2)
    assert poly_gcd([-2, -1, 1], [-6, 1, 1]) == [Fraction(-2), Fraction(1)]
