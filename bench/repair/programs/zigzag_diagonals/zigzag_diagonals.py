"""Walk a rectangular matrix along its anti-diagonals."""

from collections.abc import Iterator, Sequence

Matrix = Sequence[Sequence[int]]


def shape(matrix: Matrix) -> tuple[int, int]:
    rows = len(matrix)
    return rows, (len(matrix[0]) if rows else 0)


def diagonal_cells(rows: int, cols: int, index: int) -> Iterator[tuple[int, int]]:
    """Cells (r, c) with r + c == index, from the top-right end to the bottom-left end."""
    first_row = max(0, index - cols + 1)
    last_row = min(index, rows - 1)
    for row in range(first_row, last_row + 1):
        yield row, index - row


def anti_diagonals(matrix: Matrix) -> Iterator[list[int]]:
    """Each anti-diagonal as a list, top-right to bottom-left."""
    rows, cols = shape(matrix)
    for index in range(rows + cols - 1):
        yield [matrix[r][c] for r, c in diagonal_cells(rows, cols, index)]


def zigzag(matrix: Matrix) -> Iterator[int]:
    """Zigzag scan (as in JPEG): start at the top-left corner going up-right, then turn
    at every edge, so even-numbered diagonals run bottom-left to top-right."""
    for index, diagonal in enumerate(anti_diagonals(matrix)):
        going_up = index % 2 == 0
        if not going_up:
            diagonal.reverse()
        yield from diagonal
