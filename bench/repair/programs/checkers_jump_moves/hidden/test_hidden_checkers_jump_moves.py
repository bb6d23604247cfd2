from checkers_jump_moves import capture_moves, jump_sequences, single_jumps


def test_landing_blocked_by_own_piece():
    board = {(5, 2): "r", (4, 3): "b", (3, 4): "r"}
    assert single_jumps(board, (5, 2)) == []
    assert capture_moves(board, "r") == []


def test_landing_blocked_by_opponent_piece():
    board = {(2, 3): "b", (3, 4): "r", (4, 5): "b"}
    assert single_jumps(board, (2, 3)) == []


def test_black_man_second_jump_blocked():
    board = {(1, 0): "b", (2, 1): "r", (4, 3): "r", (5, 4): "r"}
    assert capture_moves(board, "b") == [[(1, 0), (3, 2)]]


def test_black_man_double_jump():
    board = {(1, 0): "b", (2, 1): "r", (4, 3): "r"}
    assert capture_moves(board, "b") == [[(1, 0), (3, 2), (5, 4)]]


def test_king_ring_returns_to_start():
    board = {(2, 3): "B", (3, 4): "r", (5, 4): "r", (5, 2): "r", (3, 2): "r"}
    assert capture_moves(board, "b") == [
        [(2, 3), (4, 1), (6, 3), (4, 5), (2, 3)],
        [(2, 3), (4, 5), (6, 3), (4, 1), (2, 3)],
    ]


def test_branching_paths_with_one_blocked():
    board = {(5, 2): "r", (4, 3): "b", (2, 5): "b", (2, 3): "b", (1, 2): "r"}
    assert jump_sequences(board, (5, 2)) == [[(5, 2), (3, 4), (1, 6)]]


def test_two_pieces_capture():
    board = {(5, 0): "r", (4, 1): "b", (5, 6): "r", (4, 7): "b", (4, 5): "b", (3, 4): "r"}
    assert capture_moves(board, "r") == [[(5, 0), (3, 2)]]


def test_black_captures_downwards():
    board = {(5, 2): "r", (4, 3): "b"}
    assert capture_moves(board, "b") == [[(4, 3), (6, 1)]]
