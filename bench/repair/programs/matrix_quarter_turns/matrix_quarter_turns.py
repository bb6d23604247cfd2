"""Quarter turns and transposition of matrices stored as lists of rows."""

Matrix = list[list[int]]


def transpose(matrix: Matrix) -> Matrix:
    """Rows become columns; rectangular matrices are fine."""
    if not matrix:
        return []
    return [[row[col] for row in matrix] for col in range(len(matrix[0]))]


def rotate_clockwise(matrix: Matrix) -> Matrix:
    """A new matrix turned 90 degrees clockwise."""
    return [list(reversed(column)) for column in transpose(matrix)]


def rotate_counterclockwise(matrix: Matrix) -> Matrix:
    """A new matrix turned 90 degrees counterclockwise."""
    return [list(column) for column in reversed(transpose(matrix))]


def rotate_half_turn(matrix: Matrix) -> Matrix:
    return [list(reversed(row)) for row in reversed(matrix)]


def rotate_in_place(matrix: Matrix) -> None:
    """Turn a square matrix 90 degrees clockwise ring by ring, without a copy."""
    size = len(matrix)
    if any(len(row) != size for row in matrix):
        raise ValueError("rotate_in_place needs a square matrix")
    for layer in range(size // 2):
        first, last = layer, size - 1 - layer
        for i in range(first, last + 1):
            offset = i - first
            top = matrix[first][i]
            matrix[first][i] = matrix[last - offset][first]
            matrix[last - offset][first] = matrix[last][last - offset]
            matrix[last][last - offset] = matrix[i][last]
            matrix[i][last] = top


def turn(matrix: Matrix, quarter_turns: int) -> Matrix:
    """Rotate clockwise by `quarter_turns` (negative turns go counterclockwise)."""
    steps = quarter_turns % 4
    if steps == 1:
        return rotate_clockwise(matrix)
    if steps == 2:
        return rotate_half_turn(matrix)
    if steps == 3:
        return rotate_counterclockwise(matrix)
    return [list(row) for row in matrix]
