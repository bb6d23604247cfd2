import random

from minesweeper_counts import annotate, neighbours, reveal


def brute_count(board, row, col):
    total = 0
    for r in range(len(board)):
        for c in range(len(board[0])):
            if (r, c) != (row, col) and abs(r - row) <= 1 and abs(c - col) <= 1:
                total += board[r][c] == "*"
    return total


def random_board(rng, rows, cols, density):
    return ["".join("*" if rng.random() < density else "." for _ in range(cols)) for _ in range(rows)]


def test_neighbours_everywhere():
    for rows, cols in [(1, 1), (1, 5), (4, 1), (3, 4), (5, 5)]:
        for row in range(rows):
            for col in range(cols):
                expected = [(r, c) for r in range(rows) for c in range(cols)
                            if (r, c) != (row, col) and abs(r - row) <= 1 and abs(c - col) <= 1]
                assert neighbours(rows, cols, row, col) == expected


def test_annotate_against_brute_force():
    rng = random.Random(2024)
    for _ in range(60):
        board = random_board(rng, rng.randint(1, 7), rng.randint(1, 7), 0.25)
        numbered = annotate(board)
        for r, line in enumerate(board):
            for c, cell in enumerate(line):
                if cell == "*":
                    assert numbered[r][c] == "*"
                else:
                    count = brute_count(board, r, c)
                    assert numbered[r][c] == (str(count) if count else ".")


def test_annotate_single_row_and_column():
    assert annotate([".*..*"]) == ["1*11*"]
    assert annotate([".", "*", ".", "."]) == ["1", "*", "1", "."]
    assert annotate([]) == []


def test_reveal_region_stops_at_numbers():
    board = [
        ".....",
        ".....",
        "..*..",
        ".....",
        ".....",
    ]
    opened = reveal(board, 0, 0)
    assert (2, 2) not in opened
    assert len(opened) == 24
    assert reveal(board, 1, 1) == {(1, 1)}


def test_reveal_blocked_by_wall_of_mines():
    board = [
        "..*..",
        "..*..",
        "..*..",
    ]
    assert reveal(board, 0, 0) == {(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)}
    assert reveal(board, 2, 4) == {(0, 3), (0, 4), (1, 3), (1, 4), (2, 3), (2, 4)}


def test_reveal_bottom_row_blank():
    board = [
        "*...",
        "....",
        "....",
    ]
    opened = reveal(board, 2, 3)
    assert opened == {(r, c) for r in range(3) for c in range(4)} - {(0, 0)}
