import pytest

from augmented_matrix_invert import identity, invert, mat_mul


def approx_matrix(m):
    return [pytest.approx(row) for row in m]


def test_row_times_column_and_column_times_row():
    assert mat_mul([[1, 2, 3, 4]], [[1], [1], [1], [1]]) == [[10]]
    assert mat_mul([[2], [3]], [[1, 4, 5]]) == [[2, 8, 10], [3, 12, 15]]


def test_three_by_two_times_two_by_four():
    a = [[1, 0], [0, 1], [2, 3]]
    b = [[1, 2, 3, 4], [5, 6, 7, 8]]
    assert mat_mul(a, b) == [[1, 2, 3, 4], [5, 6, 7, 8], [17, 22, 27, 32]]


def test_invert_rotation_with_zero_diagonal():
    assert invert([[0, 1], [-1, 0]]) == approx_matrix([[0, -1], [1, 0]])


def test_tiny_leading_entry_is_not_used_as_pivot():
    assert invert([[1e-20, 1], [1, 1]]) == approx_matrix([[-1, 1], [1, 0]])


def test_invert_negative_entries():
    m = [[0, -4, 1], [-2, 0, 0], [0, 1, -1]]
    assert mat_mul(invert(m), m) == approx_matrix(identity(3))


def test_invert_permutation():
    m = [[0, 0, 1], [1, 0, 0], [0, 1, 0]]
    assert invert(m) == approx_matrix([[0, 1, 0], [0, 0, 1], [1, 0, 0]])


def test_invert_does_not_touch_input_and_rejects_non_square():
    m = [[2, 0], [0, -5]]
    assert invert(m) == approx_matrix([[0.5, 0], [0, -0.2]])
    assert m == [[2, 0], [0, -5]]
    with pytest.raises(ValueError):
        invert([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(ValueError):
        invert([[0, 0], [0, 0]])
