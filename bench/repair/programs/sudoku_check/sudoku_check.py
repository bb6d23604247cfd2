"""Consistency checks for 9x9 sudoku grids; 0 marks an empty cell."""

from collections.abc import Iterator

Grid = list[list[int]]
DIGITS = frozenset(range(1, 10))


def rows(grid: Grid) -> Iterator[list[int]]:
    for row in grid:
        yield list(row)


def columns(grid: Grid) -> Iterator[list[int]]:
    for col in range(9):
        yield [grid[row][col] for row in range(9)]


def boxes(grid: Grid) -> Iterator[list[int]]:
    for top in range(0, 9, 3):
        for left in range(0, 9, 3):
            yield [grid[r][c] for r in range(top, top + 3) for c in range(left, left + 3)]


def units(grid: Grid) -> Iterator[list[int]]:
    yield from rows(grid)
    yield from columns(grid)
    yield from boxes(grid)


def has_duplicate(unit: list[int]) -> bool:
    seen: set[int] = set()
    for value in unit:
        if value in seen:
            return True
        seen.add(value)
    return False


def is_consistent(grid: Grid) -> bool:
    """Right shape, digits 0-9 only, and no digit repeated in a row, column or box."""
    if len(grid) != 9 or any(len(row) != 9 for row in grid):
        return False
    if any(value != 0 and value not in DIGITS for row in grid for value in row):
        return False
    return not any(has_duplicate(unit) for unit in units(grid))


def is_solved(grid: Grid) -> bool:
    return is_consistent(grid) and all(value for row in grid for value in row)


def candidates(grid: Grid, row: int, col: int) -> set[int]:
    """Digits that could go in an empty cell without breaking consistency."""
    if grid[row][col]:
        return set()
    top, left = row - row % 3, col - col % 3
    box = {grid[r][c] for r in range(top, top + 3) for c in range(left, left + 3)}
    column = {grid[r][col] for r in range(9)}
    return set(DIGITS - set(grid[row]) - column - box)
