import math

import pytest

from bm25_ranker import Bm25Index


def reference_score(passages, query, pid, k1=1.2, b=0.75):
    docs = {key: text.lower().split() for key, text in passages.items()}
    avg = sum(len(words) for words in docs.values()) / len(docs)
    words = docs[pid]
    total = 0.0
    for term in set(query.lower().split()):
        tf = words.count(term)
        if not tf:
            continue
        df = sum(term in other for other in docs.values())
        idf = math.log((len(docs) - df + 0.5) / (df + 0.5) + 1)
        total += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(words) / avg))
    return total


PASSAGES = {
    "a": "tool calls return json",
    "b": "the tool returned an error so the agent retried the tool call with new json arguments",
    "c": "json json json schema",
    "d": "agents plan steps",
    "e": "a very long passage about agents that plan many steps and call many tools "
         "and keep notes in memory so that later steps can reuse earlier json results",
}


@pytest.mark.parametrize("query", ["json", "tool json", "agents plan", "steps memory json"])
def test_scores_match_the_formula(query):
    index = Bm25Index(PASSAGES)
    for pid in PASSAGES:
        assert index.score(query, pid) == pytest.approx(reference_score(PASSAGES, query, pid))


def test_custom_parameters():
    index = Bm25Index(PASSAGES, k1=2.0, b=0.3)
    for pid in PASSAGES:
        assert index.score("json tool", pid) == pytest.approx(
            reference_score(PASSAGES, "json tool", pid, k1=2.0, b=0.3))


def test_without_length_normalisation_length_does_not_matter():
    index = Bm25Index({"short": "alpha", "long": "alpha beta gamma delta epsilon"}, b=0.0)
    assert index.score("alpha", "short") == pytest.approx(index.score("alpha", "long"))


def test_long_passage_with_more_hits_can_still_lose_to_short_one():
    index = Bm25Index({
        "short": "quota",
        "long": "quota " + "filler " * 60 + "quota",
        "x": "nothing here",
    })
    assert [pid for pid, _ in index.search("quota")] == ["short", "long"]


def test_ties_by_id_and_repeated_query_terms_count_once():
    index = Bm25Index({"b": "same words", "a": "same words", "c": "other"})
    results = index.search("same same words")
    assert [pid for pid, _ in results] == ["a", "b"]
    assert results[0][1] == pytest.approx(index.score("same words", "a"))


def test_empty_index_and_unknown_terms():
    assert Bm25Index({}).search("anything") == []
    index = Bm25Index({"a": "", "b": "text"})
    assert index.search("text") == [("b", pytest.approx(index.score("text", "b")))]
    assert index.score("text", "a") == 0.0
