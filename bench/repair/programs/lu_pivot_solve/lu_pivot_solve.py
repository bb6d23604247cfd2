"""LU decomposition with partial pivoting (Doolittle) for small dense systems."""

from typing import Sequence


class SingularMatrixError(ValueError):
    pass


def lu_decompose(a: Sequence[Sequence[float]], eps: float = 1e-12):
    """Return (lu, perm, sign): L (unit diagonal, below) and U (on/above) packed in one
    matrix, the row permutation applied to a, and the permutation's sign."""
    n = len(a)
    lu = [[float(x) for x in row] for row in a]
    perm = list(range(n))
    sign = 1
    for k in range(n):
        pivot = max(range(k, n), key=lambda i: abs(lu[i][k]))
        if abs(lu[pivot][k]) < eps:
            raise SingularMatrixError(f"matrix is singular at column {k}")
        if pivot != k:
            lu[k], lu[pivot] = lu[pivot], lu[k]
            perm[k], perm[pivot] = perm[pivot], perm[k]
            sign = -sign
        for i in range(k + 1, n):
            factor = lu[i][k] / lu[k][k]
            lu[i][k] = factor
            for j in range(k + 1, n):
                lu[i][j] -= factor * lu[k][j]
    return lu, perm, sign


def lu_solve(lu, perm, b: Sequence[float]) -> list[float]:
    n = len(lu)
    y = [float(b[p]) for p in perm]
    for i in range(n):
        y[i] -= sum(lu[i][j] * y[j] for j in range(i + 1))
    x = [0.0] * n
    for i in reversed(range(n)):
        s = sum(lu[i][j] * x[j] for j in range(i + 1, n))
        x[i] = (y[i] - s) / lu[i][i]
    return x


def solve(a, b) -> list[float]:
    lu, perm, _ = lu_decompose(a)
    return lu_solve(lu, perm, b)


def determinant(a) -> float:
    try:
        lu, _, sign = lu_decompose(a)
    except SingularMatrixError:
        return 0.0
    det = float(sign)
    for i in range(len(lu)):
        det += lu[i][i]
    return det


def inverse(a) -> list[list[float]]:
    lu, perm, _ = lu_decompose(a)
    n = len(lu)
    cols = [lu_solve(lu, perm, [1.0 if r == c else 0.0 for r in range(n)]) for c in range(n)]
    return [[cols[c][r] for c in range(n)] for r in range(n)]
