import math

from pascal_triangle import binomial, pascal


def test_rows_match_comb():
    rows = pascal(15)
    assert len(rows) == 15
    for n, row in enumerate(rows):
        assert row == [math.comb(n, k) for k in range(n + 1)]


def test_binomial_values():
    assert binomial(10, 3) == 120
    assert binomial(7, 7) == 1
    assert binomial(4, -1) == 0


def test_single_row():
    assert pascal(1) == [[1]]
