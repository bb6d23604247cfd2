import pytest

from maze_steps import fewest_moves, find_cell


def test_find_cell():
    assert find_cell(["..#", ".S.", "E.."], "S") == (1, 1)
    assert find_cell(["..#", ".S.", "E.."], "E") == (2, 0)


def test_small_maze_with_walls():
    maze = ["S.#",
            "#..",
            "#.E"]
    assert fewest_moves(maze) == 4


def test_walled_off_exit():
    maze = ["S#",
            "#E"]
    assert fewest_moves(maze) is None


def test_corridor():
    assert fewest_moves(["S....E"]) == 5


def test_maze_without_exit_is_rejected():
    with pytest.raises(ValueError):
        fewest_moves(["S..", "..."])
