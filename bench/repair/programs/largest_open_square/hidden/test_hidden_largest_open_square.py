import random

from largest_open_square import largest_square, place_building, square_sizes


def brute_largest(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    for side in range(min(rows, cols), 0, -1):
        for top in range(rows - side + 1):
            for left in range(cols - side + 1):
                if all(grid[y][x] == "." for y in range(top, top + side)
                       for x in range(left, left + side)):
                    return (side, top, left)
    return (0, 0, 0)


def test_random_maps_against_brute_force():
    rng = random.Random(31)
    for _ in range(250):
        rows, cols = rng.randint(1, 7), rng.randint(1, 7)
        density = rng.choice([0.0, 0.1, 0.3, 0.6, 1.0])
        grid = ["".join("#" if rng.random() < density else "." for _ in range(cols))
                for _ in range(rows)]
        assert largest_square(grid) == brute_largest(grid), grid


def test_ties_prefer_reading_order_of_top_left():
    assert largest_square(["#.", ".#"]) == (1, 0, 1)
    assert largest_square([".#.", "#.#", ".#."]) == (1, 0, 0)
    assert largest_square(["###", "#..", "#.."]) == (2, 1, 1)
    grid = [
        "#...#...",
        "#...#...",
        "#...#...",
        "########",
        "...#....",
    ]
    assert largest_square(grid) == (3, 0, 1)


def test_blocked_and_empty_maps():
    assert largest_square([]) == (0, 0, 0)
    assert largest_square(["#"]) == (0, 0, 0)
    assert largest_square(["###", "###"]) == (0, 0, 0)
    assert largest_square(["."]) == (1, 0, 0)


def test_single_row_and_column():
    assert largest_square(["#..#."]) == (1, 0, 1)
    assert largest_square(["#", "#", "."]) == (1, 2, 0)


def test_place_building_more():
    assert place_building(["...", "...", "..."], 3) == ["###", "###", "###"]
    assert place_building(["#..", "...", "..."], 2) == ["###", ".##", "..."]
    assert place_building(["#.", ".."], 1) == ["##", ".."]
    assert place_building(["#"], 1) is None


def test_sizes_of_blocked_cells_are_zero():
    assert square_sizes(["#.", ".."]) == [[0, 1], [1, 1]]
