import pytest

from linrec_matrix_power import mat_pow, nth_term

FIB = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]


def test_matrix_power():
    assert mat_pow([[1, 1], [1, 0]], 5, 1000) == [[8, 5], [5, 3]]
    assert mat_pow([[2, 0], [0, 3]], 0, 7) == [[1, 0], [0, 1]]


def test_initial_values_returned():
    assert nth_term([1, 1], [4, 9], 0, 100) == 4
    assert nth_term([1, 1], [4, 9], 1, 100) == 9


def test_fibonacci_small():
    assert [nth_term([1, 1], [0, 1], n, 1000) for n in range(12)] == FIB


def test_lucas_numbers():
    assert nth_term([1, 1], [2, 1], 10, 10**9) == 123


def test_tribonacci():
    assert nth_term([1, 1, 1], [0, 0, 1], 10, 10**9) == 81


def test_huge_index():
    assert nth_term([1, 1], [0, 1], 10**18, 10**9 + 7) == 209783453


def test_length_mismatch():
    with pytest.raises(ValueError):
        nth_term([1, 1], [1], 5, 10)
