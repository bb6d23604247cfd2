import pytest

from mod_inverse import extended_gcd, mod_inverse, solve_linear_congruence


def test_extended_gcd_bezout_identity():
    g, x, y = extended_gcd(240, 46)
    assert g == 2
    assert 240 * x + 46 * y == g


def test_inverse_modulo_prime():
    assert mod_inverse(3, 11) == 4


def test_every_unit_modulo_13_has_an_inverse():
    for a in range(1, 13):
        assert a * mod_inverse(a, 13) % 13 == 1


def test_no_inverse_when_not_coprime():
    with pytest.raises(ValueError):
        mod_inverse(6, 9)


def test_congruence_without_solution():
    assert solve_linear_congruence(2, 3, 4) == []


def test_congruence_with_several_solutions():
    assert solve_linear_congruence(6, 4, 8) == [2, 6]
