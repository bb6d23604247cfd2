from paint_bucket import count_regions, flood_fill, parse, region, render


def test_fill_enclosed_room():
    grid = parse(["#####",
                  "#...#",
                  "#.#.#",
                  "#####"])
    assert flood_fill(grid, 1, 1, "o") == 5
    assert render(grid) == ["#####",
                            "#ooo#",
                            "#o#o#",
                            "#####"]


def test_wall_stops_the_fill():
    grid = parse(["..#..",
                  "..#..",
                  "#####",
                  "....."])
    assert flood_fill(grid, 0, 0, "x") == 4
    assert render(grid) == ["xx#..",
                            "xx#..",
                            "#####",
                            "....."]


def test_diagonal_cells_do_not_connect():
    grid = parse(["#.#",
                  ".#.",
                  "#.#"])
    assert region(grid, 1, 1) == {(1, 1)}


def test_same_colour_is_a_no_op():
    grid = parse(["ab", "ba"])
    assert flood_fill(grid, 0, 0, "a") == 0
    assert render(grid) == ["ab", "ba"]


def test_count_regions():
    grid = parse(["a.a",
                  "a.a",
                  "..."])
    assert count_regions(grid, "a") == 2
    assert count_regions(grid, ".") == 1
