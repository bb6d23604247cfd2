from math import comb

import pytest

from lucas_binomials import PascalModPrime


def test_small_entries():
    pascal = PascalModPrime(7)
    assert pascal.binom(5, 2) == 3
    assert pascal.binom(6, 3) == 20 % 7


def test_outside_triangle_is_zero():
    pascal = PascalModPrime(5)
    assert pascal.binom(4, 5) == 0
    assert pascal.binom(4, -1) == 0


def test_row_below_p():
    assert PascalModPrime(5).row(4) == [1, 4, 1, 4, 1]


def test_large_entry_matches_exact_binomial():
    pascal = PascalModPrime(13)
    assert pascal.binom(1000, 321) == comb(1000, 321) % 13


def test_row_mod_three():
    assert PascalModPrime(3).row(8) == [comb(8, k) % 3 for k in range(9)]


def test_nonzero_count():
    pascal = PascalModPrime(2)
    assert pascal.nonzero_count(10) == 4
    assert sum(1 for value in pascal.row(10) if value) == 4


def test_rows_of_prime_powers():
    pascal = PascalModPrime(3)
    assert pascal.divides_all_inner(9)
    assert not pascal.divides_all_inner(10)


def test_rejects_composite_modulus():
    with pytest.raises(ValueError):
        PascalModPrime(9)
