import random

from connect_four_winner import Board, play


def brute_winner(grid, connect):
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            disc = grid[r][c]
            if disc == ".":
                continue
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + k * dr, c + k * dc) for k in range(connect)]
                if all(0 <= y < rows and 0 <= x < cols and grid[y][x] == disc for y, x in cells):
                    return True
    return False


def test_anti_diagonal_from_a_preset_grid():
    board = Board(rows=4, cols=4)
    board.grid = [list(line) for line in ["...X", "..XO", ".XOO", "XOOX"]]
    assert board.winner() == "X"
    assert board.wins_at(0, 3) and board.wins_at(3, 0) and board.wins_at(2, 1)


def test_anti_diagonal_completed_in_the_middle():
    board = Board(rows=5, cols=5)
    board.grid = [list(line) for line in [".....", "...O.", "..O..", ".....", "O...."]]
    assert board.winner() is None
    board.grid[3][1] = "O"
    assert board.winner() == "O"
    assert board.wins_at(3, 1)


def test_connect_three_on_small_board():
    assert play([2, 1, 1, 0, 0, 2, 0], rows=3, cols=3, connect=3) == "X"
    assert play([0, 1, 0, 1, 2, 1], rows=3, cols=3, connect=3) == "O"


def test_random_games_agree_with_brute_force():
    rng = random.Random(7)
    for _ in range(80):
        board = Board(rows=6, cols=7)
        turn = 0
        while True:
            open_cols = [c for c in range(7) if board.grid[0][c] == "."]
            if not open_cols:
                break
            col = rng.choice(open_cols)
            row = board.drop(col, "XO"[turn % 2])
            won = board.wins_at(row, col)
            assert won == brute_winner(board.grid, 4)
            if won:
                break
            turn += 1


def test_winner_none_on_empty_board():
    assert Board().winner() is None
