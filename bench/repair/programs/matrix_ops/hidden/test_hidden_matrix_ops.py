import random

from matrix_ops import fibonacci, identity, multiply, power, transpose


def reference_multiply(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]


def test_multiply_matches_reference():
    rng = random.Random(8)
    for _ in range(60):
        n, m, p = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4)
        a = [[rng.randint(-5, 5) for _ in range(m)] for _ in range(n)]
        b = [[rng.randint(-5, 5) for _ in range(p)] for _ in range(m)]
        assert multiply(a, b) == reference_multiply(a, b)


def test_square_non_symmetric_product():
    assert multiply([[1, 2], [3, 4]], [[0, 1], [1, 0]]) == [[2, 1], [4, 3]]


def test_power_of_shear_matrix():
    assert power([[1, 1], [0, 1]], 5) == [[1, 5], [0, 1]]
    assert power([[1, 0], [2, 1]], 7) == [[1, 0], [14, 1]]


def test_power_matches_repeated_multiplication():
    m = [[1, 2, 0], [0, 1, 3], [1, 0, 1]]
    expected = identity(3)
    for exponent in range(9):
        assert power(m, exponent) == expected
        expected = multiply(expected, m)


def test_fibonacci_sequence():
    assert [fibonacci(n) for n in range(12)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]


def test_transpose_is_involution():
    m = [[1, 2], [3, 4], [5, 6]]
    assert transpose(transpose(m)) == m
