import math

import pytest

from bm25_ranker import Bm25Index, tokenize


def test_tokenize_lowercases_and_drops_punctuation():
    assert tokenize("Retry-After: 30s, then GIVE up!") == ["retry", "after", "30s", "then", "give", "up"]


def test_idf_of_rare_and_common_terms():
    index = Bm25Index({"a": "cache miss", "b": "cache hit", "c": "cache warm"})
    assert index.idf("miss") == pytest.approx(math.log(1 + 2.5 / 1.5))
    assert index.idf("cache") == pytest.approx(math.log(1 + 0.5 / 3.5))
    assert index.idf("miss") > index.idf("cache")


def test_passages_without_query_terms_are_left_out():
    index = Bm25Index({"a": "the token budget", "b": "rate limits", "c": "budget alerts"})
    assert {pid for pid, _ in index.search("budget")} == {"a", "c"}
    assert index.search("embeddings") == []


def test_more_matching_terms_rank_higher():
    index = Bm25Index({
        "one": "retry the request after a timeout",
        "two": "retry with exponential backoff after a timeout error",
        "three": "store the vectors in the index",
    })
    ranked = [pid for pid, _ in index.search("exponential backoff timeout")]
    assert ranked == ["two", "one"]


def test_shorter_passage_wins_on_equal_term_frequency():
    index = Bm25Index({
        "long": "the planner writes a plan and then the executor runs every step of the plan "
                "while the critic reviews the result of each tool call",
        "short": "the critic reviews tool output",
        "other": "embedding models map text to vectors",
    })
    ranked = [pid for pid, _ in index.search("critic")]
    assert ranked == ["short", "long"]


def test_limit_keeps_the_best():
    passages = {f"p{n}": "agent " * n + "memory" for n in range(1, 6)}
    index = Bm25Index(passages)
    assert [pid for pid, _ in index.search("agent", limit=2)] == ["p5", "p4"]
