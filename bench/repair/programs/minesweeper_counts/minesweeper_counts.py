"""Minesweeper: number a board and open cells the way a click does."""

from collections import deque

MINE = "*"


def neighbours(rows: int, cols: int, row: int, col: int) -> list[tuple[int, int]]:
    """The up to eight cells touching (row, col), in reading order."""
    return [
        (r, c)
        for r in range(max(0, row - 1), min(rows, row + 1))
        for c in range(max(0, col - 1), min(cols, col + 2))
        if (r, c) != (row, col)
    ]


def annotate(board: list[str]) -> list[str]:
    """Every non-mine cell replaced by its count of adjacent mines ('.' for none)."""
    rows, cols = len(board), len(board[0]) if board else 0
    numbered = []
    for row in range(rows):
        line = []
        for col in range(cols):
            if board[row][col] == MINE:
                line.append(MINE)
                continue
            count = sum(board[r][c] == MINE for r, c in neighbours(rows, cols, row, col))
            line.append(str(count) if count else ".")
        numbered.append("".join(line))
    return numbered


def reveal(board: list[str], row: int, col: int) -> set[tuple[int, int]]:
    """Cells opened by clicking (row, col): a blank cell also opens its neighbours,
    spreading through blank cells; a numbered cell opens only itself."""
    numbered = annotate(board)
    if numbered[row][col] == MINE:
        return {(row, col)}
    rows, cols = len(board), len(board[0])
    opened = {(row, col)}
    queue = deque([(row, col)])
    while queue:
        r, c = queue.popleft()
        if numbered[r][c] != ".":
            continue
        for cell in neighbours(rows, cols, r, c):
            if cell not in opened:
                opened.add(cell)
                queue.append(cell)
    return opened
