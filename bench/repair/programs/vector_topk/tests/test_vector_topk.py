import pytest

from vector_topk import VectorIndex


def unit_index():
    index = VectorIndex(2)
    index.add("a#1", "a", [1.0, 0.0])
    index.add("b#1", "b", [0.0, 1.0])
    index.add("c#1", "c", [0.6, 0.8])
    return index


def test_wrong_dimensions_rejected():
    with pytest.raises(ValueError):
        VectorIndex(3).add("x", "doc", [1.0, 2.0])


def test_nearest_first():
    hits = unit_index().search([1.0, 0.0], k=2)
    assert [hit.chunk_id for hit in hits] == ["a#1", "c#1"]
    assert hits[0].score == pytest.approx(1.0)
    assert hits[1].score == pytest.approx(0.6)


def test_one_chunk_per_document_by_default():
    index = VectorIndex(2)
    index.add("a#1", "a", [1.0, 0.0])
    index.add("a#2", "a", [0.99, 0.1])
    index.add("b#1", "b", [0.7, 0.7])
    assert [hit.chunk_id for hit in index.search([1.0, 0.0])] == ["a#1", "b#1"]
    assert [h.chunk_id for h in index.search([1.0, 0.0], per_doc=2)] == ["a#1", "a#2", "b#1"]


def test_min_score_drops_weak_matches():
    index = VectorIndex(2)
    index.add("close", "d1", [4.0, 3.0])
    index.add("far", "d2", [0.0, 2.0])
    index.add("opposite", "d3", [-1.0, 0.0])
    hits = index.search([3.0, 4.0], k=5, min_score=0.9)
    assert [hit.chunk_id for hit in hits] == ["close"]
    assert hits[0].score == pytest.approx(0.96)


def test_zero_query_finds_nothing():
    assert unit_index().search([0.0, 0.0]) == []
