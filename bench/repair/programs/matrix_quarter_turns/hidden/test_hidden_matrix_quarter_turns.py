import random

import pytest

from matrix_quarter_turns import (
    rotate_clockwise,
    rotate_half_turn,
    rotate_in_place,
    transpose,
    turn,
)


def _square(size, seed):
    rng = random.Random(seed)
    return [[rng.randint(-50, 50) for _ in range(size)] for _ in range(size)]


def test_two_by_two_in_place():
    grid = [[1, 2], [3, 4]]
    rotate_in_place(grid)
    assert grid == [[3, 1], [4, 2]]


def test_four_by_four_in_place():
    grid = [[r * 4 + c for c in range(4)] for r in range(4)]
    expected = [[12, 8, 4, 0], [13, 9, 5, 1], [14, 10, 6, 2], [15, 11, 7, 3]]
    rotate_in_place(grid)
    assert grid == expected


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 6, 7])
def test_in_place_matches_copy(size):
    grid = _square(size, size)
    expected = rotate_clockwise(grid)
    rotate_in_place(grid)
    assert grid == expected


def test_four_in_place_turns_are_identity():
    grid = _square(5, 99)
    original = [list(row) for row in grid]
    for _ in range(4):
        rotate_in_place(grid)
    assert grid == original


def test_two_in_place_turns_are_half_turn():
    grid = _square(6, 7)
    expected = rotate_half_turn(grid)
    rotate_in_place(grid)
    rotate_in_place(grid)
    assert grid == expected


def test_non_square_rejected():
    with pytest.raises(ValueError):
        rotate_in_place([[1, 2, 3], [4, 5, 6]])


def test_turn_rectangular_and_copies():
    grid = [[1, 2, 3], [4, 5, 6]]
    assert turn(grid, 1) == [[4, 1], [5, 2], [6, 3]]
    assert turn(grid, 2) == [[6, 5, 4], [3, 2, 1]]
    same = turn(grid, 4)
    assert same == grid and same is not grid
    assert transpose([]) == []
