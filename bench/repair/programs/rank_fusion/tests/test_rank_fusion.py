import pytest

from rank_fusion import agreement, fuse, top_passages


def test_single_list_scores():
    scores = fuse({"bm25": ["a", "b"]})
    assert scores == {"a": pytest.approx(1 / 61), "b": pytest.approx(1 / 62)}


def test_passage_found_by_both_retrievers_wins():
    rankings = {"bm25": ["doc9", "doc2", "doc4"], "vector": ["doc7", "doc2", "doc1"]}
    best = top_passages(rankings, 1)
    assert best[0][0] == "doc2"
    assert best[0][1] == pytest.approx(2 / 62)


def test_top_passages_order_and_limit():
    rankings = {"bm25": ["x", "y", "z"], "vector": ["y", "w"]}
    assert [pid for pid, _ in top_passages(rankings, 3)] == ["y", "x", "w"]


def test_weights_favour_a_retriever():
    rankings = {"bm25": ["a"], "vector": ["b"]}
    assert [pid for pid, _ in top_passages(rankings, 2, weights={"vector": 2.0})] == ["b", "a"]


def test_agreement():
    rankings = {"bm25": ["a", "b", "c"], "vector": ["b", "a", "d"]}
    assert agreement(rankings, 2) == 1.0
    assert agreement(rankings, 3) == pytest.approx(2 / 4)
