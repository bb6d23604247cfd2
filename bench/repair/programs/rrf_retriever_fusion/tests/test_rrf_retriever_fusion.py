import pytest

from rrf_retriever_fusion import fuse, fuse_hits


def test_document_ranked_first_everywhere_wins():
    fused = fuse({"bm25": ["a", "b", "c"], "dense": ["a", "c", "b"]})
    assert fused[0][0] == "a"


def test_top_score_is_sum_of_reciprocal_ranks():
    fused = fuse({"bm25": ["a", "b"], "dense": ["a", "c"]})
    assert fused[0] == ("a", pytest.approx(2 / 61))


def test_documents_from_only_one_retriever_are_kept():
    fused = fuse({"bm25": ["a", "b"], "dense": ["c"]})
    assert {doc for doc, _ in fused} == {"a", "b", "c"}


def test_limit_truncates_result():
    fused = fuse({"bm25": ["a", "b", "c", "d"]}, limit=2)
    assert [doc for doc, _ in fused] == ["a", "b"]


def test_fuse_hits_returns_ids():
    results = {
        "keyword": [{"id": "doc-7"}, {"id": "doc-2"}],
        "vector": [{"id": "doc-2"}, {"id": "doc-9"}],
    }
    assert fuse_hits(results)[0] == "doc-2"
