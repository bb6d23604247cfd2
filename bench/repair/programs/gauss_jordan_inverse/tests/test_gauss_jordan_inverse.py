from fractions import Fraction

import pytest

from gauss_jordan_inverse import SingularMatrixError, identity, invert, multiply


def test_identity_is_its_own_inverse():
    assert invert(identity(3)) == identity(3)


def test_two_by_two():
    assert invert([[2, 1], [1, 1]]) == [[1, -1], [-1, 2]]


def test_fractions_appear():
    assert invert([[4, 7], [2, 6]]) == [
        [Fraction(3, 5), Fraction(-7, 10)],
        [Fraction(-1, 5), Fraction(2, 5)],
    ]


def test_singular_matrix_rejected():
    with pytest.raises(SingularMatrixError):
        invert([[1, 2], [2, 4]])


def test_not_square():
    with pytest.raises(ValueError):
        invert([[1, 2, 3], [4, 5, 6]])


def test_product_with_inverse():
    m = [[0, 2, 1], [1, 1, 0], [3, 0, 1]]
    assert multiply(m, invert(m)) == identity(3)
