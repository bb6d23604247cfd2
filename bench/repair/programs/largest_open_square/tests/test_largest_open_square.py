from largest_open_square import largest_square, place_building, square_sizes


def test_square_sizes():
    assert square_sizes(["...", "...", "#.."]) == [[1, 1, 1], [1, 2, 2], [0, 1, 2]]


def test_whole_map_free():
    assert largest_square(["....", "....", "...."]) == (3, 0, 0)


def test_square_away_from_the_corner():
    grid = [
        "#....",
        "#....",
        "#...#",
        "#.#..",
    ]
    assert largest_square(grid) == (3, 0, 1)


def test_no_free_cell():
    assert largest_square(["##", "##"]) == (0, 0, 0)


def test_first_of_equal_squares_wins():
    grid = [
        "..#..",
        "..#..",
        "#####",
        "..#..",
    ]
    assert largest_square(grid) == (2, 0, 0)


def test_place_building_marks_first_fit():
    grid = [
        "#....",
        ".....",
        ".#...",
    ]
    assert place_building(grid, 2) == [
        "###..",
        ".##..",
        ".#...",
    ]


def test_building_that_does_not_fit():
    assert place_building(["..", ".#"], 2) is None
