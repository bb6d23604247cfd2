"""A compressed sparse row (CSR) matrix for small numeric jobs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CsrMatrix:
    n_rows: int
    n_cols: int
    values: list[float] = field(default_factory=list)
    columns: list[int] = field(default_factory=list)
    row_start: list[int] = field(default_factory=lambda: [0])

    @classmethod
    def from_dense(cls, rows: list[list[float]]) -> CsrMatrix:
        n_cols = len(rows[0]) if rows else 0
        matrix = cls(len(rows), n_cols)
        for row in rows:
            if len(row) != n_cols:
                raise ValueError("rows differ in length")
            for col, value in enumerate(row):
                if value != 0:
                    matrix.values.append(value)
                    matrix.columns.append(col)
            matrix.row_start.append(len(matrix.values))
        return matrix

    @property
    def nnz(self) -> int:
        return len(self.values)

    def get(self, row: int, col: int) -> float:
        for k in range(self.row_start[row], self.row_start[row + 1]):
            if self.columns[k] == col:
                return self.values[k]
        return 0.0

    def to_dense(self) -> list[list[float]]:
        return [[self.get(r, c) for c in range(self.n_cols)] for r in range(self.n_rows)]

    def transpose(self) -> CsrMatrix:
        starts = [0] * (self.n_cols + 1)
        for col in self.columns:
            starts[col + 1] += 1
        for col in range(self.n_cols):
            starts[col + 1] += starts[col]
        cursor = starts[:-1]
        values = [0.0] * self.nnz
        rows = [0] * self.nnz
        for row in range(self.n_rows):
            for k in range(self.row_start[row], self.row_start[row + 1]):
                slot = cursor[self.columns[k]]
                values[slot], rows[slot] = self.values[k], row
                cursor[self.columns[k]] += 1
        return CsrMatrix(self.n_cols, self.n_rows, values, rows, starts)

    def matvec(self, vector: list[float]) -> list[float]:
        if len(vector) != self.n_cols:
            raise ValueError(f"expected a vector of {self.n_cols}, got {len(vector)}")
        result = [0.0] * self.n_rows
        for row in range(self.n_rows):
            for k in range(self.row_start[row], self.row_start[row + 1]):
                result[row] = self.values[k] * vector[self.columns[k]]
        return result
