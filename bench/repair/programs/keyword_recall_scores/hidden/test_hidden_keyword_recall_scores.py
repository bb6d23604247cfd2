import math

import pytest

from keyword_recall_scores import idf, recall


def test_idf_formula():
    assert idf(4, 1) == pytest.approx(math.log(5))
    assert idf(3, 3) == pytest.approx(math.log(2))
    assert idf(10, 4) == pytest.approx(math.log(3.5))


def test_word_in_every_memory_still_counts():
    memories = ["alpha beta", "beta gamma", "gamma beta delta"]
    hits = recall(memories, "beta", k=5)
    assert hits == [("gamma beta delta", 0.6931), ("beta gamma", 0.6931), ("alpha beta", 0.6931)]


def test_exact_scores():
    memories = ["tea at noon", "coffee at noon", "tea tea tea", "noon meeting about tea"]
    assert recall(memories, "tea noon", k=4) == [
        ("tea tea tea", 2.5419),
        ("noon meeting about tea", 1.6946),
        ("tea at noon", 1.6946),
        ("coffee at noon", 0.8473),
    ]


def test_rare_word_outweighs_common_one():
    memories = ["project deadline friday", "project budget", "project kickoff", "lunch friday"]
    hits = recall(memories, "project budget", k=2)
    assert hits == [("project budget", round(math.log(1 + 4 / 3) + math.log(5), 4)),
                    ("project kickoff", round(math.log(1 + 4 / 3), 4))]


def test_repeated_query_words_count_once():
    memories = ["red car", "blue car", "red bike"]
    assert recall(memories, "red red red") == recall(memories, "red")
    assert recall(memories, "red") == [("red bike", 0.9163), ("red car", 0.9163)]


def test_single_memory():
    assert recall(["remember the milk"], "milk") == [("remember the milk", 0.6931)]
