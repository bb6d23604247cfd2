import pytest

from dice_bigram_score import best_match, bigrams, dice, rank


def test_bigrams_of_word():
    assert bigrams("Hello") == {"he": 1, "el": 1, "ll": 1, "lo": 1}
    assert bigrams("ab") == {"ab": 1}
    assert bigrams("a") == {}
    assert bigrams("a  b") == {"a ": 1, " b": 1}


def test_two_letter_strings():
    assert dice("ab", "ab") == 1.0
    assert dice("ab", "ba") == 0.0
    assert dice("ab", "abc") == pytest.approx(2 / 3)


def test_single_characters_compare_directly():
    assert dice("a", "A") == 1.0
    assert dice("a", "b") == 0.0
    assert dice("", "") == 1.0


def test_known_values():
    # fr ra an nc ce / fr ra an nk
    assert dice("france", "frank") == pytest.approx(6 / 9)
    assert dice("healed", "sealed") == pytest.approx(0.8)
    assert dice("context", "contact") == pytest.approx(0.5)


def test_repeated_bigrams_counted_with_multiplicity():
    assert dice("aaaa", "aa") == pytest.approx(2 * 1 / 4)


def test_best_match_threshold_and_ties():
    assert best_match("cat", ["cart", "cast"]) is None
    assert best_match("cat", ["cart", "cast"], threshold=0.4) == "cart"
    assert best_match("cat", ["cast", "cart"], threshold=0.4) == "cast"
    assert best_match("toolbox", ["toolbar", "tool box"], threshold=0.9) is None
    assert best_match("abcd", ["abce"], threshold=2 / 3) == "abce"


def test_rank_orders_by_score():
    result = rank("night", ["nacht", "nights", "knight", "day"], limit=3)
    assert [c for c, _ in result] == ["nights", "knight", "nacht"]
    assert result[0][1] == pytest.approx(8 / 9)
