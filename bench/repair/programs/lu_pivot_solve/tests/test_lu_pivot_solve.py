import pytest

from lu_pivot_solve import SingularMatrixError, determinant, inverse, lu_decompose, solve


def test_factors_reproduce_permuted_matrix():
    a = [[2, 1, 1], [4, -6, 0], [-2, 7, 2]]
    lu, perm, _ = lu_decompose(a)
    n = len(a)
    lower = [[lu[i][j] if j < i else (1.0 if i == j else 0.0) for j in range(n)] for i in range(n)]
    upper = [[lu[i][j] if j >= i else 0.0 for j in range(n)] for i in range(n)]
    product = [[sum(lower[i][k] * upper[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    for row, p in zip(product, perm):
        assert row == pytest.approx(a[p])


def test_solve_small_system():
    a = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
    b = [8, -11, -3]
    assert solve(a, b) == pytest.approx([2, 3, -1])


def test_determinant():
    assert determinant([[4, 3], [6, 3]]) == pytest.approx(-6)
    assert determinant([[2, 0, 0], [0, 3, 0], [0, 0, 4]]) == pytest.approx(24)


def test_singular_matrix():
    assert determinant([[1, 2], [2, 4]]) == 0.0
    with pytest.raises(SingularMatrixError):
        solve([[1, 2], [2, 4]], [1, 1])


def test_inverse():
    inv = inverse([[4, 7], [2, 6]])
    assert inv[0] == pytest.approx([0.6, -0.7])
    assert inv[1] == pytest.approx([-0.2, 0.4])
