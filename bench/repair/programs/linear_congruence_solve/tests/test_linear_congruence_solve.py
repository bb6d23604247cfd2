import pytest

from linear_congruence_solve import ext_gcd, mod_inverse, solve_congruence


def test_ext_gcd_bezout_identity():
    g, x, y = ext_gcd(240, 46)
    assert g == 2
    assert 240 * x + 46 * y == 2


def test_unique_solution_when_coprime():
    assert solve_congruence(3, 4, 7) == [6]


def test_several_solutions_when_gcd_divides_b():
    assert solve_congruence(6, 4, 10) == [4, 9]
    assert solve_congruence(10, 4, 6) == [1, 4]


def test_no_solution_when_gcd_does_not_divide_b():
    assert solve_congruence(4, 3, 6) == []


def test_modulus_must_be_positive():
    with pytest.raises(ValueError):
        solve_congruence(1, 1, 0)


def test_inverse():
    assert mod_inverse(3, 7) == 5


def test_missing_inverse():
    with pytest.raises(ValueError):
        mod_inverse(4, 6)
