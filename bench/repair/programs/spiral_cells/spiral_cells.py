"""Clockwise spiral walks over rectangular grids, starting at the top-left corner."""

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def spiral_cells(rows: int, cols: int) -> Iterator[tuple[int, int]]:
    """Yield every (row, col) of a rows x cols grid once, in clockwise spiral order."""
    top, bottom, left, right = 0, rows - 1, 0, cols - 1
    while top <= bottom and left <= right:
        for col in range(left, right + 1):
            yield top, col
        top += 1
        for row in range(top, bottom + 1):
            yield row, right
        right -= 1
        if top < bottom:
            for col in range(right, left - 1, -1):
                yield bottom, col
            bottom -= 1
        if left <= right:
            for row in range(bottom, top - 1, -1):
                yield row, left
            left += 1


def spiral_order(matrix: Sequence[Sequence[T]]) -> list[T]:
    """The elements of a rectangular matrix, read along the spiral."""
    if not matrix:
        return []
    return [matrix[row][col] for row, col in spiral_cells(len(matrix), len(matrix[0]))]


def spiral_fill(values: Sequence[T], rows: int, cols: int) -> list[list[T]]:
    """Inverse of spiral_order: lay the values out along the spiral of a rows x cols grid."""
    if len(values) != rows * cols:
        raise ValueError(f"need {rows * cols} values for a {rows}x{cols} grid, got {len(values)}")
    position = {cell: index for index, cell in enumerate(spiral_cells(rows, cols))}
    return [[values[position[row, col]] for col in range(cols)] for row in range(rows)]


def ring_of(row: int, col: int, rows: int, cols: int) -> int:
    """Which ring (0 = outermost) of the spiral a cell lies on."""
    return min(row, col, rows - 1 - row, cols - 1 - col)
