"""Shortest knight paths on a rectangular board (breadth-first search)."""

from collections import deque

MOVES = [
    (1, 2), (2, 1), (2, -1), (1, -2),
    (-1, -2), (-2, -2), (-2, 1), (-1, 2),
]

Square = tuple[int, int]


def distances(start: Square, rows: int = 8, cols: int = 8) -> dict[Square, int]:
    """Fewest knight moves from ``start`` to every reachable square."""
    dist = {start: 0}
    queue = deque([start])
    while queue:
        row, col = queue.popleft()
        for d_row, d_col in MOVES:
            nxt = (row + d_row, col + d_col)
            if 0 <= nxt[0] < rows and 0 <= nxt[1] < cols and nxt not in dist:
                dist[nxt] = dist[(row, col)] + 1
                queue.append(nxt)
    return dist


def min_moves(start: Square, goal: Square, rows: int = 8, cols: int = 8) -> int:
    """Fewest moves from start to goal; -1 if the goal cannot be reached."""
    return distances(start, rows, cols).get(goal, -1)


def parse(square: str) -> Square:
    """Algebraic 'e4' -> (row, col) with a1 = (0, 0)."""
    return int(square[1:]) - 1, ord(square[0]) - ord("a")
