import pytest

from matrix_ops import fibonacci, identity, multiply, power, transpose


def test_identity():
    assert identity(2) == [[1, 0], [0, 1]]


def test_transpose():
    assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]


def test_multiply_rectangular():
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    assert multiply(a, b) == [[58, 64], [139, 154]]


def test_shape_mismatch():
    with pytest.raises(ValueError):
        multiply([[1, 2]], [[1, 2]])


def test_power_zero_and_one():
    m = [[2, 1], [0, 3]]
    assert power(m, 0) == identity(2)
    assert power(m, 1) == m


def test_fibonacci():
    assert fibonacci(1) == 1
    assert fibonacci(10) == 55
