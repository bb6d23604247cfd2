from knight_moves import min_moves, parse


def test_same_square():
    assert min_moves((3, 3), (3, 3)) == 0


def test_one_move_up_the_board():
    assert min_moves(parse("b1"), parse("c3")) == 1


def test_parse():
    assert parse("a1") == (0, 0)
    assert parse("h8") == (7, 7)


def test_one_move_down_the_board():
    assert min_moves(parse("g8"), parse("f6")) == 1


def test_tiny_board_unreachable():
    assert min_moves((0, 0), (1, 1), rows=2, cols=3) == -1
