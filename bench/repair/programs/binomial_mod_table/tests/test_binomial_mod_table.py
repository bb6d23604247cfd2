import pytest

from binomial_mod_table import BinomialTable


def test_small_values():
    table = BinomialTable(10)
    assert table.comb(5, 2) == 10
    assert table.comb(6, 0) == 1
    assert table.comb(6, 6) == 1


def test_k_outside_range_is_zero():
    table = BinomialTable(10)
    assert table.comb(4, 5) == 0
    assert table.comb(4, -1) == 0


def test_largest_n_in_table():
    table = BinomialTable(20)
    assert table.comb(20, 10) == 184756


def test_n_beyond_table_raises():
    table = BinomialTable(20)
    with pytest.raises(ValueError):
        table.comb(21, 3)


def test_small_prime():
    table = BinomialTable(6, prime=7)
    assert table.comb(6, 3) == 20 % 7
