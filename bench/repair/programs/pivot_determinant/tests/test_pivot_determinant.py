import pytest

from pivot_determinant import Matrix


def test_transpose():
    assert Matrix([[1, 2], [3, 4]]).transpose() == Matrix([[1, 3], [2, 4]])


def test_rotate_clockwise():
    grid = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    assert grid.rotate_clockwise() == Matrix([[7, 4, 1], [8, 5, 2], [9, 6, 3]])


def test_four_rotations_are_identity():
    grid = Matrix([[1, 2], [3, 4]])
    assert grid.rotate_clockwise().rotate_clockwise().rotate_clockwise().rotate_clockwise() == grid


def test_rejects_non_square():
    with pytest.raises(ValueError):
        Matrix([[1, 2, 3], [4, 5, 6]])


def test_determinant_2x2():
    assert Matrix([[1, 2], [3, 4]]).determinant() == -2


def test_determinant_singular():
    assert Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]]).determinant() == 0


def test_determinant_needs_row_swap():
    assert Matrix([[0, 5], [-2, 1]]).determinant() == 10


def test_determinant_identity():
    assert Matrix.identity(4).determinant() == 1
