"""Conway's Game of Life on a bounded grid: cells outside the grid count as dead."""

Grid = list[list[bool]]

OFFSETS = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


def parse(picture: str) -> Grid:
    """Rows of '#' (alive) and '.' (dead), one per line."""
    return [[ch == "#" for ch in line.strip()] for line in picture.strip().splitlines()]


def render(grid: Grid) -> str:
    return "\n".join("".join("#" if alive else "." for alive in row) for row in grid)


def live_neighbours(grid: Grid, row: int, col: int) -> int:
    height, width = len(grid), len(grid[0])
    count = 0
    for dr, dc in OFFSETS:
        r, c = row + dr, col + dc
        if 0 <= r < height and 0 <= c < width and grid[r][c]:
            count += 1
    return count


def step(grid: Grid) -> Grid:
    """One generation: a dead cell with 3 neighbours is born, a live one with 2 or 3 survives."""
    following: Grid = []
    for row, cells in enumerate(grid):
        following.append([])
        for col, alive in enumerate(cells):
            count = live_neighbours(grid, col, row)
            following[-1].append(count == 3 or (alive and count == 2))
    return following


def run(grid: Grid, generations: int) -> Grid:
    for _ in range(generations):
        grid = step(grid)
    return grid


def population(grid: Grid) -> int:
    return sum(sum(row) for row in grid)
