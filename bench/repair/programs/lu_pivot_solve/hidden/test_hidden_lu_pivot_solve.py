import pytest

from lu_pivot_solve import SingularMatrixError, determinant, inverse, lu_decompose, lu_solve, solve


def matvec(a, x):
    return [sum(r * v for r, v in zip(row, x)) for row in a]


def test_solve_needs_pivoting():
    a = [[0, 2, 1], [1, 1, 0], [3, 0, 1]]
    x = [1.5, -2.0, 4.0]
    assert solve(a, matvec(a, x)) == pytest.approx(x)


def test_solve_four_by_four():
    a = [[4, -1, 0, 3], [1, 5, 2, 0], [0, 2, 6, -1], [3, 0, -1, 7]]
    x = [1, -2, 3, 0.5]
    assert solve(a, matvec(a, x)) == pytest.approx(x)


def test_one_by_one_and_reused_factorization():
    assert solve([[5]], [10]) == pytest.approx([2])
    a = [[3, 2], [1, 2]]
    lu, perm, _ = lu_decompose(a)
    assert lu_solve(lu, perm, [5, 3]) == pytest.approx([1, 1])
    assert lu_solve(lu, perm, [8, 0]) == pytest.approx([4, -2])


def test_determinant_sign_tracks_row_swaps():
    assert determinant([[0, 1], [1, 0]]) == pytest.approx(-1)
    assert determinant([[0, 0, 2], [0, 3, 0], [5, 0, 0]]) == pytest.approx(-30)
    assert determinant([[1, 2, 3], [4, 5, 6], [7, 8, 10]]) == pytest.approx(-3)
    assert determinant([[1]]) == pytest.approx(1)
    assert determinant([[6, 1, 1], [4, -2, 5], [2, 8, 7]]) == pytest.approx(-306)


def test_singular_three_by_three():
    a = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert determinant(a) == 0.0
    with pytest.raises(SingularMatrixError):
        inverse(a)


def test_inverse_times_matrix_is_identity():
    a = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
    inv = inverse(a)
    for i in range(3):
        row = [sum(a[i][k] * inv[k][j] for k in range(3)) for j in range(3)]
        assert row == pytest.approx([1.0 if i == j else 0.0 for j in range(3)], abs=1e-12)
    assert inv[0] == pytest.approx([0.75, 0.5, 0.25])
