"""Exact matrix inversion by Gauss-Jordan elimination over Fractions.

The input is augmented with the identity; row operations reduce the left
half to the identity, after which the right half holds the inverse.
"""

from fractions import Fraction


class SingularMatrixError(ValueError):
    pass


def identity(n):
    return [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]


def invert(matrix):
    n = len(matrix)
    if any(len(row) != n for row in matrix):
        raise ValueError("matrix must be square")
    aug = [[Fraction(x) for x in row] + unit for row, unit in zip(matrix, identity(n))]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise SingularMatrixError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        lead = aug[pivot][col]
        aug[col] = [x / lead for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                factor = aug[r][col]
                aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
    return [row[:n] for row in aug]


def multiply(a, b):
    """Plain matrix product, used to check inverses."""
    return [[sum(x * y for x, y in zip(row, column)) for column in zip(*b)] for row in a]


def solve(matrix, rhs):
    """Solve matrix @ x = rhs for x using the inverse."""
    inv = invert(matrix)
    return [sum(c * v for c, v in zip(row, rhs)) for row in inv]
