import pytest

from linear_diophantine import extended_gcd, fewest_items, nonnegative_solutions, particular_solution


def test_extended_gcd():
    g, x, y = extended_gcd(240, 46)
    assert g == 2
    assert 240 * x + 46 * y == 2


def test_extended_gcd_with_zero():
    assert extended_gcd(7, 0) == (7, 1, 0)
    assert extended_gcd(0, 0)[0] == 0


def test_particular_solution():
    x, y = particular_solution(6, 10, 8)
    assert 6 * x + 10 * y == 8
    assert particular_solution(6, 10, 7) is None


def test_nonnegative_solutions():
    assert nonnegative_solutions(3, 5, 22) == [(4, 2)]
    assert nonnegative_solutions(2, 2, 4) == [(0, 2), (1, 1), (2, 0)]
    assert nonnegative_solutions(4, 6, 9) == []


def test_fewest_items():
    assert fewest_items(6, 9, 30) == (2, 2)
    assert fewest_items(5, 7, 3) is None


def test_coefficients_must_be_positive():
    with pytest.raises(ValueError):
        nonnegative_solutions(0, 3, 6)
