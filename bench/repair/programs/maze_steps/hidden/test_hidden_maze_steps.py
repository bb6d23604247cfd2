import random

from maze_steps import fewest_moves, open_neighbours


def _reference(grid):
    rows, cols = len(grid), len(grid[0])
    cells = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] != "#"}
    start = next((r, c) for r, c in cells if grid[r][c] == "S")
    goal = next((r, c) for r, c in cells if grid[r][c] == "E")
    dist = {start: 0}
    changed = True
    while changed:
        changed = False
        for (r, c), d in list(dist.items()):
            for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if nxt in cells and dist.get(nxt, 10**9) > d + 1:
                    dist[nxt] = d + 1
                    changed = True
    return dist.get(goal)


def test_tall_corridor():
    assert fewest_moves(["S", ".", ".", "E"]) == 3


def test_wide_maze_with_detour():
    maze = ["S.#....",
            "..#.##.",
            "....#E."]
    assert fewest_moves(maze) == 13


def test_neighbours_on_rectangular_grid():
    grid = ["....", "...."]
    assert sorted(open_neighbours(grid, (1, 3))) == [(0, 3), (1, 2)]
    assert sorted(open_neighbours(grid, (0, 0))) == [(0, 1), (1, 0)]


def test_random_rectangular_mazes_against_reference():
    rng = random.Random(2024)
    for _ in range(150):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        if rows * cols < 2:
            continue
        cells = [["#" if rng.random() < 0.3 else "." for _ in range(cols)] for _ in range(rows)]
        spots = rng.sample([(r, c) for r in range(rows) for c in range(cols)], 2)
        (sr, sc), (er, ec) = spots
        cells[sr][sc], cells[er][ec] = "S", "E"
        grid = ["".join(row) for row in cells]
        assert fewest_moves(grid) == _reference(grid), grid
