from matrix_quarter_turns import (
    rotate_clockwise,
    rotate_counterclockwise,
    rotate_in_place,
    transpose,
    turn,
)


def test_transpose_rectangular():
    assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]


def test_rotate_clockwise_copy():
    assert rotate_clockwise([[1, 2], [3, 4]]) == [[3, 1], [4, 2]]


def test_rotate_counterclockwise_copy():
    assert rotate_counterclockwise([[1, 2], [3, 4]]) == [[2, 4], [1, 3]]


def test_turn_negative_is_counterclockwise():
    grid = [[1, 2, 3], [4, 5, 6]]
    assert turn(grid, -1) == rotate_counterclockwise(grid)


def test_rotate_in_place_three_by_three():
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    rotate_in_place(grid)
    assert grid == [[7, 4, 1], [8, 5, 2], [9, 6, 3]]


def test_rotate_in_place_single_cell():
    grid = [[42]]
    rotate_in_place(grid)
    assert grid == [[42]]
