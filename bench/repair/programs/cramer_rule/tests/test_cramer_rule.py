from fractions import Fraction

import pytest

from cramer_rule import determinant, minor, solve


def test_one_by_one():
    assert determinant([[7]]) == 7


def test_identity():
    identity = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert determinant(identity) == 1


def test_upper_triangular_is_product_of_diagonal():
    assert determinant([[2, 5, 1], [0, 3, 7], [0, 0, 4]]) == 24


def test_two_by_two():
    assert determinant([[1, 2], [3, 4]]) == -2


def test_minor():
    assert minor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1, 0) == [[2, 3], [8, 9]]


def test_solve_two_equations():
    # x + y = 3, x - y = 1
    assert solve([[1, 1], [1, -1]], [3, 1]) == [2, 1]


def test_solve_with_fractional_answer():
    assert solve([[2, 0], [0, 3]], [1, 1]) == [Fraction(1, 2), Fraction(1, 3)]


def test_non_square_rejected():
    with pytest.raises(ValueError):
        determinant([[1, 2, 3], [4, 5, 6]])
