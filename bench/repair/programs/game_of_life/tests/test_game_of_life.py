from game_of_life import parse, population, render, run, step

BLOCK = """
....
.##.
.##.
....
"""

BLINKER = """
.....
.....
.###.
.....
.....
"""


def test_parse_and_render_round_trip():
    grid = parse(BLOCK)
    assert render(grid) == BLOCK.strip()
    assert population(grid) == 4


def test_block_is_a_still_life():
    grid = parse(BLOCK)
    assert step(grid) == grid


def test_empty_grid_stays_empty():
    grid = parse("...\n...\n...")
    assert population(run(grid, 5)) == 0


def test_lonely_cell_dies():
    grid = parse("...\n.#.\n...")
    assert population(step(grid)) == 0


def test_blinker_oscillates():
    grid = parse(BLINKER)
    once = step(grid)
    assert render(once) == ".....\n..#..\n..#..\n..#..\n....."
    assert run(grid, 2) == grid
