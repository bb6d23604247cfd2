"""Largest square of free cells on a map ('.' free, anything else blocked)."""

FREE = "."


def square_sizes(grid: list[str]) -> list[list[int]]:
    """sizes[r][c]: side of the largest free square whose bottom-right corner is (r, c)."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    sizes = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != FREE:
                continue
            if r == 0 or c == 0:
                sizes[r][c] = 1
            else:
                sizes[r][c] = 1 + min(sizes[r - 1][c], sizes[r][c - 1], sizes[r - 1][c - 1])
    return sizes


def largest_square(grid: list[str]) -> tuple[int, int, int]:
    """(side, top, left) of a largest free square; (0, 0, 0) if nothing is free.

    Among equal squares the one whose top-left corner comes first in reading order wins.
    """
    best = (0, 0, 0)
    for r, row in enumerate(square_sizes(grid)):
        for c, side in enumerate(row):
            if side >= best[0]:
                best = (side, r - side + 1, c - side + 1)
    return best


def place_building(grid: list[str], side: int) -> list[str] | None:
    """Mark the first free side x side square with '#'; None if none fits."""
    sizes = square_sizes(grid)
    for r, row in enumerate(sizes):
        for c, available in enumerate(row):
            if available >= side:
                top, left = r - side + 1, c - side + 1
                return [
                    line[:left] + "#" * side + line[left + side:] if top <= y < top + side else line
                    for y, line in enumerate(grid)
                ]
    return None
