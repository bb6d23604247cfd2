import pytest

from rrf_retriever_fusion import fuse, fuse_hits


def test_scores_for_every_document():
    fused = dict(fuse({"bm25": ["a", "b", "c"], "dense": ["c", "a"]}, k=10))
    assert fused["a"] == pytest.approx(1 / 11 + 1 / 12)
    assert fused["b"] == pytest.approx(1 / 12)
    assert fused["c"] == pytest.approx(1 / 13 + 1 / 11)


def test_small_k_changes_the_order():
    rankings = {"r1": ["x", "y", "z"], "r2": ["z", "w", "q"], "r3": ["y", "q", "z"]}
    # k=1: x=1/2, y=1/3+1/2, z=1/4+1/2+1/4, q=1/4+1/3, w=1/3
    assert [d for d, _ in fuse(rankings, k=1)] == ["z", "y", "q", "x", "w"]
    fused = dict(fuse(rankings, k=1))
    assert fused["z"] == pytest.approx(1.0)
    assert fused["q"] == pytest.approx(1 / 4 + 1 / 3)


def test_k_zero_gives_plain_reciprocal_rank():
    fused = fuse({"only": ["a", "b", "c", "d"]}, k=0)
    assert [s for _, s in fused] == pytest.approx([1.0, 1 / 2, 1 / 3, 1 / 4])


def test_weights_scale_contributions():
    fused = dict(fuse({"bm25": ["a", "b"], "dense": ["b", "a"]}, k=60, weights={"dense": 2.0}))
    assert fused["a"] == pytest.approx(1 / 61 + 2 / 62)
    assert fused["b"] == pytest.approx(1 / 62 + 2 / 61)


def test_zero_weight_retriever_is_ignored():
    fused = fuse({"bm25": ["a"], "broken": ["z", "a"]}, weights={"broken": 0})
    assert fused == [("a", pytest.approx(1 / 61))]


def test_repeated_document_counts_once_per_retriever():
    fused = dict(fuse({"r": ["a", "a", "b"]}, k=5))
    assert fused["a"] == pytest.approx(1 / 6)
    assert fused["b"] == pytest.approx(1 / 8)


def test_ties_keep_first_seen_order():
    fused = fuse({"r1": ["p", "q"], "r2": ["q", "p"]})
    assert [d for d, _ in fused] == ["p", "q"]


def test_fuse_hits_limit_and_k():
    results = {"a": [{"id": i} for i in range(20)], "b": [{"id": 19}]}
    ids = fuse_hits(results, k=0, limit=3)
    assert ids == [19, 0, 1]
