import copy

from sudoku_check import candidates, is_consistent, is_solved

SOLVED = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2],
    [6, 7, 2, 1, 9, 5, 3, 4, 8],
    [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3],
    [4, 2, 6, 8, 5, 3, 7, 9, 1],
    [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4],
    [2, 8, 7, 4, 1, 9, 6, 3, 5],
    [3, 4, 5, 2, 8, 6, 1, 7, 9],
]

PUZZLE = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
]


def test_solved_grid():
    assert is_consistent(SOLVED)
    assert is_solved(SOLVED)


def test_repeated_digit_in_row():
    grid = copy.deepcopy(SOLVED)
    grid[0][0], grid[0][1] = 3, 3
    assert not is_consistent(grid)


def test_wrong_shape():
    assert not is_consistent(SOLVED[:8])


def test_puzzle_in_progress_is_consistent():
    assert is_consistent(PUZZLE)
    assert not is_solved(PUZZLE)


def test_candidates():
    assert candidates(PUZZLE, 0, 2) == {1, 2, 4}
    assert candidates(PUZZLE, 0, 0) == set()
