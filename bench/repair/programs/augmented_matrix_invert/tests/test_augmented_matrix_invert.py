import pytest

from augmented_matrix_invert import identity, invert, mat_mul


def approx_matrix(m):
    return [pytest.approx(row) for row in m]


def test_square_product():
    assert mat_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]]


def test_rectangular_product():
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    assert mat_mul(a, b) == [[58, 64], [139, 154]]


def test_shape_mismatch():
    with pytest.raises(ValueError):
        mat_mul([[1, 2]], [[1, 2]])


def test_invert_two_by_two():
    assert invert([[4, 7], [2, 6]]) == approx_matrix([[0.6, -0.7], [-0.2, 0.4]])


def test_inverse_times_matrix_is_identity():
    m = [[0, 2, 1], [-3, 0, 1], [0, 1, 0]]
    assert mat_mul(m, invert(m)) == approx_matrix(identity(3))


def test_singular_matrix():
    with pytest.raises(ValueError):
        invert([[1, 2], [2, 4]])
