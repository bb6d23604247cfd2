import pytest

from dice_bigram_score import best_match, bigrams, dice


def test_identical_strings_score_one():
    assert dice("search", "search") == 1.0
    assert dice("Search  Engine", "search engine") == 1.0


def test_disjoint_strings_score_zero():
    assert dice("abc", "xyz") == 0.0


def test_known_pair():
    # ni ig gh ht  /  na ac ch ht  -> one shared bigram out of eight
    assert dice("night", "nacht") == pytest.approx(0.25)


def test_bigram_multiset():
    assert bigrams("aaa") == {"aa": 2}


def test_best_match_picks_closest_title():
    titles = ["The Hobbit", "The Silmarillion", "Hamlet"]
    assert best_match("the hobit", titles) == "The Hobbit"
    assert best_match("war and peace", titles) is None
