import random

from paint_bucket import count_regions, flood_fill, parse, region, render


def _reference_region(rows, row, col):
    colour = rows[row][col]
    seen = {(row, col)}
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < len(rows) and 0 <= nc < len(rows[nr]) and (nr, nc) not in seen:
                if rows[nr][nc] == colour:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
    return seen


def test_regions_match_reference_on_random_grids():
    rng = random.Random(29)
    for _ in range(150):
        height, width = rng.randint(1, 6), rng.randint(1, 6)
        rows = ["".join(rng.choice(".#") for _ in range(width)) for _ in range(height)]
        row, col = rng.randrange(height), rng.randrange(width)
        assert region(parse(rows), row, col) == _reference_region(rows, row, col), rows


def test_top_row_fill_does_not_wrap_to_bottom():
    grid = parse(["..",
                  "##",
                  ".."])
    assert flood_fill(grid, 0, 1, "*") == 2
    assert render(grid) == ["**", "##", ".."]


def test_left_and_top_edges():
    grid = parse([".#.",
                  "##.",
                  "..."])
    assert flood_fill(grid, 0, 0, "z") == 1
    assert render(grid) == ["z#.", "##.", "..."]


def test_ragged_rows():
    grid = parse(["...",
                  ".",
                  "....."])
    assert flood_fill(grid, 2, 4, "q") == 9
    assert render(grid) == ["qqq", "q", "qqqqq"]


def test_column_stripe_regions():
    grid = parse([".#.#",
                  ".#.#",
                  ".#.#"])
    assert count_regions(grid, "#") == 2
    assert count_regions(grid, ".") == 2
    assert flood_fill(grid, 1, 1, "+") == 3
    assert render(grid) == [".+.#", ".+.#", ".+.#"]
