from grid_paths import cheapest_path, count_paths


def test_open_square_grid():
    open_grid = [[False] * 3 for _ in range(3)]
    assert count_paths(open_grid) == 6


def test_obstacle_in_the_middle():
    grid = [[False, False, False], [False, True, False], [False, False, False]]
    assert count_paths(grid) == 2


def test_blocked_start():
    assert count_paths([[True, False], [False, False]]) == 0


def test_cheapest_path_classic():
    assert cheapest_path([[1, 3, 1], [1, 5, 1], [4, 2, 1]]) == (7, "RRDD")


def test_single_cell():
    assert cheapest_path([[5]]) == (5, "")


def test_cheapest_path_wide_grid():
    assert cheapest_path([[1, 2, 3], [4, 5, 6]]) == (12, "RRD")
