from grid_islands import count_islands, islands, largest_island


def test_empty_map():
    assert count_islands([]) == 0
    assert largest_island(["...", "..."]) == 0


def test_diagonal_cells_are_separate():
    assert count_islands(["#.", ".#"]) == 2


def test_straight_strips():
    assert islands(["###.", "....", "#..."]) == [3, 1]
    assert largest_island(["#", "#", "#"]) == 3


def test_u_shaped_island_is_one():
    assert count_islands(["#.#", "###"]) == 1


def test_sizes_largest_first():
    grid = [
        "##..#",
        ".#..#",
        "...##",
        "#.#..",
    ]
    assert islands(grid) == [4, 3, 1, 1]
