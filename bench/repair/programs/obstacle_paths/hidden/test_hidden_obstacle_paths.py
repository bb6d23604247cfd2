import random
from functools import lru_cache

from obstacle_paths import cheapest_crossing, count_routes, count_routes_in_map


def brute_force(grid):
    rows, cols = len(grid), len(grid[0])

    @lru_cache(maxsize=None)
    def walk(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        return walk(r + 1, c) + walk(r, c + 1)

    return walk(0, 0)


def test_blocked_exit():
    assert count_routes(["...", "...", "..#"]) == 0


def test_wall_across_the_map():
    assert count_routes(["....", "####", "...."]) == 0


def test_shelf_on_first_row_and_column():
    assert count_routes(["..#.", "....", "#...", "...."]) == brute_force(
        ("..#.", "....", "#...", "....")
    )


def test_larger_map():
    text = """
        ......
        .#..#.
        ...#..
        #.....
    """
    grid = tuple(line.strip() for line in text.strip().splitlines())
    assert count_routes_in_map(text) == brute_force(grid)


def test_random_maps_against_brute_force():
    rng = random.Random(99)
    for _ in range(250):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        grid = tuple(
            "".join("#" if rng.random() < 0.25 else "." for _ in range(cols)) for _ in range(rows)
        )
        assert count_routes(list(grid)) == brute_force(grid), grid


def test_cheapest_crossing_single_row_and_column():
    assert cheapest_crossing([[2, 2, 2]]) == 6
    assert cheapest_crossing([[1], [2], [3]]) == 6
