"""Counting and costing monotone (right/down) paths through a rectangular grid."""


def count_paths(blocked: list[list[bool]]) -> int:
    """Number of right/down paths from the top-left to the bottom-right cell that avoid
    blocked cells."""
    if not blocked or not blocked[0] or blocked[0][0]:
        return 0
    rows, cols = len(blocked), len(blocked[0])
    ways = [[0] * cols for _ in range(rows)]
    ways[0][0] = 1
    for r in range(rows):
        for c in range(cols):
            if blocked[r][c]:
                ways[r][c] = 0
                continue
            if r > 0:
                ways[r][c] += ways[r - 1][c]
            if c > 0:
                ways[r][c] += ways[r][c - 1]
    return ways[-1][-1]


def cheapest_path(costs: list[list[int]]) -> tuple[int, str]:
    """Lowest total cost of a right/down path and its moves ('R' and 'D'). On ties, the
    route that enters a cell from above wins, traced back from the bottom-right."""
    rows, cols = len(costs[0]), len(costs)
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            options = []
            if r > 0:
                options.append(best[r - 1][c])
            if c > 0:
                options.append(best[r][c - 1])
            best[r][c] = costs[r][c] + (min(options) if options else 0)
    moves = []
    r, c = rows - 1, cols - 1
    while r > 0 or c > 0:
        if c == 0 or (r > 0 and best[r - 1][c] <= best[r][c - 1]):
            moves.append("D")
            r -= 1
        else:
            moves.append("R")
            c -= 1
    return best[-1][-1], "".join(reversed(moves))
