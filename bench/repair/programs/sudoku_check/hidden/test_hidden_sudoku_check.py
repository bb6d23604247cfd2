import copy

from sudoku_check import candidates, has_duplicate, is_consistent, is_solved

SOLVED = [
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
    [4, 5, 6, 7, 8, 9, 1, 2, 3],
    [7, 8, 9, 1, 2, 3, 4, 5, 6],
    [2, 3, 4, 5, 6, 7, 8, 9, 1],
    [5, 6, 7, 8, 9, 1, 2, 3, 4],
    [8, 9, 1, 2, 3, 4, 5, 6, 7],
    [3, 4, 5, 6, 7, 8, 9, 1, 2],
    [6, 7, 8, 9, 1, 2, 3, 4, 5],
    [9, 1, 2, 3, 4, 5, 6, 7, 8],
]


def _blank(grid, cells):
    grid = copy.deepcopy(grid)
    for row, col in cells:
        grid[row][col] = 0
    return grid


def test_empty_grid_is_consistent():
    empty = [[0] * 9 for _ in range(9)]
    assert is_consistent(empty)
    assert not is_solved(empty)
    assert candidates(empty, 4, 4) == set(range(1, 10))


def test_two_blanks_in_one_row():
    grid = _blank(SOLVED, [(3, 1), (3, 7)])
    assert is_consistent(grid)
    assert candidates(grid, 3, 1) == {3}


def test_blanks_in_one_column_and_box():
    grid = _blank(SOLVED, [(0, 0), (1, 0), (2, 1), (6, 0)])
    assert is_consistent(grid)
    assert not is_solved(grid)


def test_duplicate_beside_blanks_still_found():
    grid = _blank(SOLVED, [(0, 0), (0, 1)])
    grid[0][8] = 3
    assert not is_consistent(grid)


def test_repeated_digit_in_column_only():
    grid = [[0] * 9 for _ in range(9)]
    grid[0][4] = 7
    grid[8][4] = 7
    assert not is_consistent(grid)


def test_repeated_digit_in_box_only():
    grid = [[0] * 9 for _ in range(9)]
    grid[3][3] = 2
    grid[5][5] = 2
    assert not is_consistent(grid)


def test_out_of_range_digit():
    grid = copy.deepcopy(SOLVED)
    grid[2][2] = 10
    assert not is_consistent(grid)


def test_has_duplicate():
    assert not has_duplicate([0, 0, 0, 1, 2, 0, 3, 0, 0])
    assert has_duplicate([0, 4, 0, 4, 0, 0, 0, 0, 0])
    assert not has_duplicate([9, 8, 7, 6, 5, 4, 3, 2, 1])
