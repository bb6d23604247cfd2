from math import comb, factorial, perm

import pytest

from binomial_mod_table import BinomialTable

P = 1_000_000_007


def test_matches_math_comb_everywhere():
    table = BinomialTable(60)
    for n in range(61):
        for k in range(-2, n + 3):
            expected = comb(n, k) % P if k >= 0 else 0
            assert table.comb(n, k) == expected, (n, k)


def test_small_prime_full_table():
    table = BinomialTable(12, prime=13)
    for n in range(13):
        for k in range(n + 1):
            assert table.comb(n, k) == comb(n, k) % 13


def test_limit_must_be_below_prime():
    with pytest.raises(ValueError):
        BinomialTable(13, prime=13)


def test_zero_limit():
    table = BinomialTable(0)
    assert table.comb(0, 0) == 1
    assert table.comb(0, -1) == 0
    with pytest.raises(ValueError):
        table.comb(1, 0)


def test_negative_n_raises():
    with pytest.raises(ValueError):
        BinomialTable(5).comb(-1, 0)


def test_perm():
    table = BinomialTable(30)
    assert table.perm(30, 4) == perm(30, 4) % P
    assert table.perm(7, 8) == 0
    assert table.perm(7, -1) == 0


def test_multinomial():
    table = BinomialTable(30)
    assert table.multinomial([2, 3, 5]) == factorial(10) // (2 * 6 * 120) % P
    assert table.multinomial([10, 10, 10]) == factorial(30) // factorial(10) ** 3 % P
