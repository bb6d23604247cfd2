"""Paint-bucket flood fill on a character grid; cells connect up/down/left/right only."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

Grid = list[list[str]]
Cell = tuple[int, int]

STEPS = ((-1, 0), (1, 0), (0, -1), (0, 1))


def parse(rows: list[str]) -> Grid:
    return [list(row) for row in rows]


def render(grid: Grid) -> list[str]:
    return ["".join(row) for row in grid]


def neighbours(grid: Grid, row: int, col: int) -> Iterator[Cell]:
    """In-bounds orthogonal neighbours; rows may have different lengths."""
    for d_row, d_col in STEPS:
        r, c = row + d_row, col + d_col
        if r < len(grid) and 0 <= c < len(grid[r]):
            yield r, c


def region(grid: Grid, row: int, col: int) -> set[Cell]:
    """Cells connected to (row, col) through cells of the same colour."""
    colour = grid[row][col]
    seen = {(row, col)}
    queue = deque([(row, col)])
    while queue:
        for r, c in neighbours(grid, *queue.popleft()):
            if (r, c) not in seen and grid[r][c] == colour:
                seen.add((r, c))
                queue.append((r, c))
    return seen


def flood_fill(grid: Grid, row: int, col: int, colour: str) -> int:
    """Repaint the region at (row, col) in place; returns how many cells changed."""
    if grid[row][col] == colour:
        return 0
    cells = region(grid, row, col)
    for r, c in cells:
        grid[r][c] = colour
    return len(cells)


def count_regions(grid: Grid, colour: str) -> int:
    """Number of separate regions of the given colour."""
    seen: set[Cell] = set()
    regions = 0
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            if cell == colour and (r, c) not in seen:
                seen |= region(grid, r, c)
                regions += 1
    return regions
