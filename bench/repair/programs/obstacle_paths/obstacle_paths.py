"""Grid dynamic programming for a warehouse map: routes around shelves, cheapest crossing."""

BLOCKED = "#"


def parse_grid(text: str) -> list[str]:
    """Rows of a map drawn with '.' for floor and '#' for shelves; blank lines are ignored."""
    rows = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len({len(row) for row in rows}) > 1:
        raise ValueError("all rows of the map must have the same width")
    return rows


def cheapest_crossing(costs: list[list[int]]) -> int:
    """Minimum total cost from top-left to bottom-right, moving only right or down."""
    if not costs or not costs[0]:
        raise ValueError("empty cost grid")
    best = [0] * len(costs[0])
    for r, row in enumerate(costs):
        for c, cost in enumerate(row):
            if r == 0 and c == 0:
                best[c] = cost
            elif r == 0:
                best[c] = best[c - 1] + cost
            elif c == 0:
                best[c] = best[c] + cost
            else:
                best[c] = min(best[c], best[c - 1]) + cost
    return best[-1]


def count_routes(grid: list[str]) -> int:
    """Number of right/down routes from the top-left to the bottom-right floor cell."""
    if not grid or not grid[0]:
        return 0
    ways = [0] * len(grid[0])
    ways[0] = 1
    for row in grid:
        for col, cell in enumerate(row):
            if cell == BLOCKED:
                continue
            if col > 0:
                ways[col] += ways[col - 1]
    return ways[-1]


def count_routes_in_map(text: str) -> int:
    return count_routes(parse_grid(text))
