"""N-queens: board checks and a backtracking solver.

A board is a list of column indexes, one per row: cols[row] is where that row's queen sits.
"""

from collections.abc import Iterator


def attacked(cols: list[int], row: int, col: int) -> bool:
    """Would a queen at (row, col) be attacked by the queens already in `cols`?"""
    for placed_row, placed_col in enumerate(cols):
        if placed_col == col:
            return True
        if row - placed_row == col - placed_col:
            return True
    return False


def is_valid(cols: list[int]) -> bool:
    size = len(cols)
    if any(not 0 <= col < size for col in cols):
        return False
    return not any(attacked(cols[:row], row, col) for row, col in enumerate(cols))


def solutions(size: int) -> Iterator[list[int]]:
    """All solutions in lexicographic order."""
    cols: list[int] = []

    def place(row: int) -> Iterator[list[int]]:
        if row == size:
            yield list(cols)
            return
        for col in range(size):
            if not attacked(cols, row, col):
                cols.append(col)
                yield from place(row + 1)
                cols.pop()

    yield from place(0)


def count_solutions(size: int) -> int:
    return sum(1 for _ in solutions(size))


def render(cols: list[int]) -> str:
    size = len(cols)
    return "\n".join("." * col + "Q" + "." * (size - col - 1) for col in cols)
