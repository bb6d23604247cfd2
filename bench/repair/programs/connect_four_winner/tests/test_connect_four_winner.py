import pytest

from connect_four_winner import Board, play


def test_discs_stack_from_the_bottom():
    board = Board()
    assert board.drop(3, "X") == 5
    assert board.drop(3, "O") == 4
    assert board.grid[5][3] == "X" and board.grid[4][3] == "O"


def test_full_column_is_rejected():
    board = Board(rows=2, cols=2)
    board.drop(0, "X")
    board.drop(0, "O")
    with pytest.raises(ValueError):
        board.drop(0, "X")


def test_horizontal_win():
    assert play([0, 0, 1, 1, 2, 2, 3]) == "X"


def test_vertical_win_for_second_player():
    assert play([0, 1, 2, 1, 2, 1, 4, 1]) == "O"


def test_rising_diagonal_win():
    assert play([0, 1, 1, 2, 2, 3, 2, 3, 6, 3, 3]) == "X"


def test_falling_diagonal_win():
    assert play([6, 5, 5, 4, 4, 3, 4, 3, 0, 3, 3]) == "X"


def test_no_winner_yet():
    assert play([0, 1, 2, 3, 4, 5, 6]) is None
