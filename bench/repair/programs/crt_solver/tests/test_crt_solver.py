import pytest

from crt_solver import crt, extended_gcd, mod_inverse


def test_extended_gcd_bezout_identity():
    g, x, y = extended_gcd(240, 46)
    assert g == 2
    assert 240 * x + 46 * y == 2


def test_mod_inverse():
    assert mod_inverse(3, 11) == 4
    assert mod_inverse(10, 17) * 10 % 17 == 1


def test_mod_inverse_missing():
    with pytest.raises(ValueError):
        mod_inverse(6, 9)


def test_crt_single_congruence():
    assert crt([4], [7]) == (4, 7)


def test_crt_classic_example():
    # Sunzi: remainder 2 by 3, 3 by 5, 2 by 7
    assert crt([2, 3, 2], [3, 5, 7]) == (23, 105)


def test_crt_rejects_shared_factor():
    with pytest.raises(ValueError):
        crt([1, 2], [4, 6])
