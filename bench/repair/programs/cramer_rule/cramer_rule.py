"""Exact determinants (cofactor expansion) and Cramer's rule for small linear systems."""

from collections.abc import Iterator, Sequence
from fractions import Fraction

Number = int | Fraction
Matrix = Sequence[Sequence[Number]]


def minor(matrix: Matrix, row: int, col: int) -> list[list[Number]]:
    """The matrix without the given row and column."""
    return [
        [value for j, value in enumerate(cells) if j != col]
        for i, cells in enumerate(matrix)
        if i != row
    ]


def _first_row_terms(matrix: Matrix) -> Iterator[Fraction]:
    for col, value in enumerate(matrix[0]):
        if value:
            yield value * determinant(minor(matrix, 0, col))


def determinant(matrix: Matrix) -> Fraction:
    size = len(matrix)
    if any(len(cells) != size for cells in matrix):
        raise ValueError("determinant needs a square matrix")
    if size == 0:
        return Fraction(1)
    if size == 1:
        return Fraction(matrix[0][0])
    return sum(_first_row_terms(matrix), Fraction(0))


def replace_column(matrix: Matrix, col: int, values: Sequence[Number]) -> list[list[Number]]:
    return [[*cells[:col], value, *cells[col + 1:]] for cells, value in zip(matrix, values)]


def solve(matrix: Matrix, rhs: Sequence[Number]) -> list[Fraction]:
    """The unique x with matrix @ x == rhs; ValueError if the system is singular."""
    if len(rhs) != len(matrix):
        raise ValueError("right-hand side has the wrong length")
    det = determinant(matrix)
    if det == 0:
        raise ValueError("singular system")
    return [determinant(replace_column(matrix, col, rhs)) / det for col in range(len(matrix))]
