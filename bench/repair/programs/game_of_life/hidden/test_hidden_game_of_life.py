import random

from game_of_life import live_neighbours, parse, population, render, run, step


def _reference_step(grid):
    height, width = len(grid), len(grid[0])
    padded = [[False] * (width + 2)] + [[False, *row, False] for row in grid]
    padded.append([False] * (width + 2))
    result = []
    for r in range(height):
        row = []
        for c in range(width):
            window = [padded[r + i][c + j] for i in range(3) for j in range(3)]
            count = sum(window) - padded[r + 1][c + 1]
            row.append(count == 3 or (grid[r][c] and count == 2))
        result.append(row)
    return result


def test_glider_moves_diagonally_on_a_wide_grid():
    glider = parse("""
        .#......
        ..#.....
        ###.....
        ........
        ........
        ........
    """)
    moved = parse("""
        ........
        ..#.....
        ...#....
        .###....
        ........
        ........
    """)
    assert run(glider, 4) == moved


def test_beehive_is_a_still_life():
    beehive = parse("""
        ......
        ..##..
        .#..#.
        ..##..
        ......
    """)
    assert step(beehive) == beehive


def test_vertical_blinker_in_a_tall_grid():
    grid = parse("...\n.#.\n.#.\n.#.\n...\n...\n...")
    assert render(step(grid)) == "...\n...\n###\n...\n...\n...\n..."


def test_neighbours_at_the_edge_of_a_rectangle():
    grid = parse("##..\n#...")
    assert live_neighbours(grid, 0, 0) == 2
    assert live_neighbours(grid, 1, 1) == 3
    assert live_neighbours(grid, 0, 3) == 0
    assert live_neighbours(grid, 1, 3) == 0


def test_corner_birth():
    grid = parse("##...\n#....")
    assert render(step(grid)) == "##...\n##..."


def test_random_rectangles_match_reference():
    rng = random.Random(7)
    for _ in range(60):
        height, width = rng.randint(1, 7), rng.randint(1, 9)
        grid = [[rng.random() < 0.4 for _ in range(width)] for _ in range(height)]
        assert step(grid) == _reference_step(grid)
        assert population(step(grid)) == population(_reference_step(grid))
