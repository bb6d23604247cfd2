from checkers_jump_moves import capture_moves, single_jumps


def test_single_capture_forward():
    board = {(5, 2): "r", (4, 3): "b"}
    assert capture_moves(board, "r") == [[(5, 2), (3, 4)]]


def test_cannot_jump_own_piece():
    board = {(5, 2): "r", (4, 3): "r"}
    assert capture_moves(board, "r") == []


def test_man_does_not_capture_backwards():
    board = {(3, 2): "r", (4, 3): "b"}
    assert single_jumps(board, (3, 2)) == []


def test_king_captures_backwards():
    board = {(3, 2): "R", (4, 3): "b"}
    assert single_jumps(board, (3, 2)) == [(5, 4)]


def test_double_jump_is_one_path():
    board = {(5, 2): "r", (4, 3): "b", (2, 5): "b"}
    assert capture_moves(board, "r") == [[(5, 2), (3, 4), (1, 6)]]


def test_no_capture_off_the_edge():
    board = {(1, 1): "r", (0, 0): "b", (0, 2): "b"}
    assert capture_moves(board, "r") == []


def test_crowded_position():
    board = {(5, 2): "R", (4, 3): "b", (2, 5): "b", (4, 1): "b", (1, 6): "b"}
    assert capture_moves(board, "r") == [[(5, 2), (3, 0)], [(5, 2), (3, 4)]]
