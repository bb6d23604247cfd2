"""Fewest moves through a text maze ('#' wall, 'S' start, 'E' exit), moving up/down/left/right."""

from collections import deque

Cell = tuple[int, int]
MOVES = ((1, 0), (-1, 0), (0, 1), (0, -1))


def find_cell(grid: list[str], mark: str) -> Cell:
    for row, line in enumerate(grid):
        col = line.find(mark)
        if col != -1:
            return row, col
    raise ValueError(f"no {mark!r} in maze")


def open_neighbours(grid: list[str], cell: Cell) -> list[Cell]:
    rows, cols = len(grid[0]), len(grid)
    row, col = cell
    result = []
    for d_row, d_col in MOVES:
        r, c = row + d_row, col + d_col
        if 0 <= r < rows and 0 <= c < cols and grid[r][c] != "#":
            result.append((r, c))
    return result


def fewest_moves(grid: list[str]) -> int | None:
    """Number of moves from S to E, or None when E cannot be reached."""
    start, goal = find_cell(grid, "S"), find_cell(grid, "E")
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        cell, steps = queue.popleft()
        if cell == goal:
            return steps
        for step in open_neighbours(grid, cell):
            if step not in seen:
                seen.add(step)
                queue.append((step, steps + 1))
    return None
