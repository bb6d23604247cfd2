import itertools
import random

from weighted_grid_dijkstra import TerrainGrid


def _brute_cost(rows, start, goal):
    """Bellman-Ford style relaxation; fine for tiny grids."""
    height, width = len(rows), len(rows[0])
    cells = [(r, c) for r in range(height) for c in range(width) if rows[r][c] != "#"]
    if start not in cells or goal not in cells:
        return None
    best = {cell: float("inf") for cell in cells}
    best[start] = 0
    for _ in range(len(cells)):
        for (r, c) in cells:
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if (nr, nc) in best:
                    best[(nr, nc)] = min(best[(nr, nc)], best[(r, c)] + int(rows[nr][nc]))
    return None if best[goal] == float("inf") else best[goal]


def _check_route(rows, start, goal, result):
    cost, route = result
    assert route[0] == start and route[-1] == goal
    for (r1, c1), (r2, c2) in zip(route, route[1:]):
        assert abs(r1 - r2) + abs(c1 - c2) == 1
        assert rows[r2][c2] != "#"
    assert sum(int(rows[r][c]) for r, c in route[1:]) == cost


def test_single_step_costs_the_entered_cell():
    grid = TerrainGrid(["27"])
    assert grid.cheapest_route((0, 0), (0, 1)) == (7, [(0, 0), (0, 1)])
    assert grid.cheapest_route((0, 1), (0, 0)) == (2, [(0, 1), (0, 0)])


def test_winding_corridor():
    rows = [
        "1#111",
        "1#1#1",
        "111#1",
    ]
    grid = TerrainGrid(rows)
    result = grid.cheapest_route((0, 0), (2, 4))
    assert result is not None
    assert result[0] == 10
    _check_route(rows, (0, 0), (2, 4), result)


def test_cheaper_longer_path_wins():
    rows = ["19111", "11191"]
    grid = TerrainGrid(rows)
    result = grid.cheapest_route((0, 0), (0, 4))
    assert result[0] == 6
    _check_route(rows, (0, 0), (0, 4), result)


def test_start_on_wall():
    assert TerrainGrid(["#1"]).cheapest_route((0, 0), (0, 1)) is None


def test_random_grids_against_relaxation():
    rng = random.Random(99)
    for _ in range(120):
        height, width = rng.randint(1, 5), rng.randint(1, 5)
        rows = ["".join(rng.choice("123456789##") for _ in range(width)) for _ in range(height)]
        cells = list(itertools.product(range(height), range(width)))
        start, goal = rng.choice(cells), rng.choice(cells)
        result = TerrainGrid(rows).cheapest_route(start, goal)
        expected = _brute_cost(rows, start, goal)
        if expected is None:
            assert result is None
        else:
            assert result is not None and result[0] == expected
            _check_route(rows, start, goal, result)
