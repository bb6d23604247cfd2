import random

from boggle_words import find_words


def traceable(board, word):
    rows, cols = len(board), len(board[0])

    def walk(row, col, index, used):
        if board[row][col] != word[index]:
            return False
        if index == len(word) - 1:
            return True
        used = used | {(row, col)}
        for r in range(row - 1, row + 2):
            for c in range(col - 1, col + 2):
                if 0 <= r < rows and 0 <= c < cols and (r, c) not in used:
                    if walk(r, c, index + 1, used):
                        return True
        return False

    return any(walk(r, c, 0, frozenset()) for r in range(rows) for c in range(cols))


def test_tall_board():
    board = ["d", "o", "g", "s"]
    assert find_words(board, ["dog", "dogs", "god", "sog", "dgo"]) == ["dog", "dogs", "god"]


def test_wide_board():
    board = ["rat", "ose"]
    assert find_words(board, ["rose", "sore", "rat", "tar", "oat", "sat", "tea"]) == [
        "oat", "rat", "rose", "sat", "tar", "tea"]


def test_upper_case_board_and_words():
    assert find_words(["CAT", "DOG"], ["Cat", "DOG", "cog", "tad", "act"]) == [
        "cat", "cog", "dog", "tad"]


def test_random_rectangles_against_brute_force():
    rng = random.Random(9)
    letters = "aeirst"
    for _ in range(40):
        rows, cols = rng.randint(1, 4), rng.randint(1, 5)
        board = ["".join(rng.choice(letters) for _ in range(cols)) for _ in range(rows)]
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(3, 5))) for _ in range(80)}
        expected = sorted(word for word in words if traceable(board, word))
        assert find_words(board, words) == expected, board


def test_empty_row_board():
    assert find_words([""], ["cat"]) == []
