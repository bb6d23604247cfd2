from minesweeper_counts import annotate, neighbours, reveal


def test_corner_cell_has_three_neighbours():
    assert neighbours(3, 3, 0, 0) == [(0, 1), (1, 0), (1, 1)]


def test_centre_cell_has_eight_neighbours():
    assert len(neighbours(3, 3, 1, 1)) == 8


def test_annotate_small_board():
    board = [
        "*...",
        "....",
        ".*..",
        "....",
    ]
    assert annotate(board) == [
        "*1..",
        "221.",
        "1*1.",
        "111.",
    ]


def test_board_without_mines_is_blank():
    assert annotate(["...", "..."]) == ["...", "..."]


def test_clicking_a_mine_opens_only_it():
    assert reveal(["*.", ".."], 0, 0) == {(0, 0)}


def test_clicking_a_number_opens_only_it():
    assert reveal(["*..", "...", "..."], 0, 1) == {(0, 1)}


def test_clicking_blank_opens_the_region_and_its_border():
    board = [
        "....",
        "....",
        "...*",
    ]
    assert reveal(board, 0, 0) == {(r, c) for r in range(3) for c in range(4)} - {(2, 3)}
