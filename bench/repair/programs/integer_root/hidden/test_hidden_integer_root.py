import math

from integer_root import integer_root, is_perfect_power, perfect_squares_between


def test_square_roots_match_isqrt():
    for n in range(2000):
        assert integer_root(n) == math.isqrt(n)


def test_huge_numbers_exact():
    big = 10**40 + 12345
    assert integer_root(big) == math.isqrt(big)
    assert integer_root((3**50) ** 3, 3) == 3**50
    assert integer_root((3**50) ** 3 - 1, 3) == 3**50 - 1


def test_first_root_is_identity():
    for n in (0, 1, 2, 7, 1000):
        assert integer_root(n, 1) == n


def test_higher_roots_brute_force():
    for k in range(2, 6):
        for n in range(400):
            expected = max(r for r in range(n + 1) if r**k <= n)
            assert integer_root(n, k) == expected


def test_perfect_powers_and_ranges():
    assert is_perfect_power(0, 3) and is_perfect_power(1, 7)
    assert [n for n in range(1, 70) if is_perfect_power(n, 3)] == [1, 8, 27, 64]
    assert perfect_squares_between(0, 10) == [0, 1, 4, 9]
    assert perfect_squares_between(1, 1) == [1]
    assert perfect_squares_between(26, 35) == []
