from boggle_words import find_words, score

BOARD = [
    "oaan",
    "etae",
    "ihkr",
    "iflv",
]


def test_classic_board():
    words = ["oath", "pea", "eat", "rain", "hike", "flik"]
    assert find_words(BOARD, words) == ["eat", "oath"]


def test_cell_is_not_used_twice():
    assert find_words(["ab", "cd"], ["abab", "abc", "dcba", "bad"]) == ["abc", "bad", "dcba"]


def test_short_words_are_skipped():
    assert find_words(["ab", "cd"], ["ab", "ad", "abd"]) == ["abd"]
    assert find_words(["ab", "cd"], ["ab", "ad", "abd"], min_length=2) == ["ab", "abd", "ad"]


def test_single_row_board():
    assert find_words(["cats"], ["cat", "act", "tsa", "sta"]) == ["cat", "sta"]


def test_empty_board():
    assert find_words([], ["cat"]) == []


def test_score():
    assert [score(w) for w in ["cat", "oath", "hikes", "kitten", "kittens", "kittenss"]] == [
        1, 1, 2, 3, 5, 11]
