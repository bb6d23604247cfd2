from math import comb

from pascal_row_padic import count_divisible, pascal_row_mod, rows_without_multiples


def test_rows_against_exact_binomials():
    for p in (2, 3, 5, 7, 11, 13):
        for n in range(0, 120):
            assert pascal_row_mod(n, p) == [comb(n, k) % p for k in range(n + 1)], (p, n)


def test_row_lengths():
    for n in range(0, 30):
        assert len(pascal_row_mod(n, 3)) == n + 1


def test_large_row_against_exact_binomials():
    n, p = 1234, 17
    assert pascal_row_mod(n, p) == [comb(n, k) % p for k in range(n + 1)]


def test_count_divisible_against_exact():
    for n in range(0, 60):
        assert count_divisible(n, 7) == sum(1 for k in range(n + 1) if comb(n, k) % 7 == 0)


def test_rows_without_multiples_of_three():
    assert rows_without_multiples(30, 3) == [0, 1, 2, 5, 8, 17, 26]


def test_row_of_prime_square():
    row = pascal_row_mod(25, 5)
    assert row[0] == row[25] == 1
    assert row[1:25] == [0] * 24
