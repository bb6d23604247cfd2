"""Spiral traversal of rectangular grids."""


def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Elements clockwise from the top-left corner, outer ring first."""
    result: list[int] = []
    if not matrix or not matrix[0]:
        return result
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for col in range(left, right + 1):
            result.append(matrix[top][col])
        for row in range(top + 1, bottom):
            result.append(matrix[row][right])
        if top < bottom:
            for col in range(right - 1, left - 1, -1):
                result.append(matrix[bottom][col])
        if left < right:
            for row in range(bottom - 1, top, -1):
                result.append(matrix[row][left])
        top, bottom = top + 1, bottom - 1
        left, right = left + 1, right - 1
    return result


def spiral_fill(rows: int, cols: int) -> list[list[int]]:
    """A rows x cols grid numbered 1, 2, ... along the spiral."""
    cells = [[(r, c) for c in range(cols)] for r in range(rows)]
    grid = [[0] * cols for _ in range(rows)]
    for number, (r, c) in enumerate(spiral_order(cells), start=1):
        grid[r][c] = number
    return grid
