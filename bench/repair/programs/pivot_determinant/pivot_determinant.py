"""Small dense square matrices with exact (rational) arithmetic."""

from __future__ import annotations

from fractions import Fraction


class Matrix:
    def __init__(self, rows: list[list[int]] | list[list[Fraction]]) -> None:
        if any(len(row) != len(rows) for row in rows):
            raise ValueError("matrix must be square")
        self.rows = [[Fraction(x) for x in row] for row in rows]

    @classmethod
    def identity(cls, size: int) -> Matrix:
        return cls([[int(r == c) for c in range(size)] for r in range(size)])

    @property
    def size(self) -> int:
        return len(self.rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self) -> str:
        return f"Matrix({[[str(x) for x in row] for row in self.rows]})"

    def transpose(self) -> Matrix:
        return Matrix([list(column) for column in zip(*self.rows, strict=True)])

    def rotate_clockwise(self) -> Matrix:
        return Matrix([list(column) for column in zip(*reversed(self.rows), strict=True)])

    def rotate_counterclockwise(self) -> Matrix:
        return Matrix([list(column) for column in zip(*self.rows, strict=True)][::-1])

    def determinant(self) -> Fraction:
        """Gaussian elimination with partial pivoting."""
        m = [row[:] for row in self.rows]
        n = self.size
        det = Fraction(1)
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: m[r][col])
            if m[pivot][col] == 0:
                return Fraction(0)
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det *= m[col][col]
            for r in range(col + 1, n):
                factor = m[r][col] / m[col][col]
                for c in range(col, n):
                    m[r][c] -= factor * m[col][c]
        return det
