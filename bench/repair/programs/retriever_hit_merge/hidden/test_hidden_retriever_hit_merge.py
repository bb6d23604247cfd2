import pytest

from retriever_hit_merge import merge_hits, normalise_scores


def test_single_or_equal_scores_normalise_to_one():
    assert normalise_scores([]) == []
    hits = normalise_scores([{"doc_id": "a", "score": 3.0}, {"doc_id": "b", "score": 3.0}])
    assert [h["score"] for h in hits] == [1.0, 1.0]


def test_chunks_from_several_tools_keep_identity():
    merged = merge_hits({
        "keyword": [
            {"doc_id": "d1", "chunk_id": 4, "score": 20.0, "text": "d1c4"},
            {"doc_id": "d1", "chunk_id": 7, "score": 10.0, "text": "d1c7"},
            {"doc_id": "d2", "chunk_id": 4, "score": 0.0, "text": "d2c4"},
        ],
        "dense": [
            {"doc_id": "d1", "chunk_id": 7, "score": 0.9, "text": "d1c7"},
            {"doc_id": "d1", "chunk_id": 9, "score": 0.1, "text": "d1c9"},
        ],
    })
    got = {(e["doc_id"], e["chunk_id"]): (e["score"], e["sources"]) for e in merged}
    assert got == {
        ("d1", 4): (1.0, ["keyword"]),
        ("d1", 7): (1.0, ["keyword", "dense"]),
        ("d2", 4): (0.0, ["keyword"]),
        ("d1", 9): (0.0, ["dense"]),
    }
    # equal scores: the chunk found by more tools first
    assert (merged[0]["doc_id"], merged[0]["chunk_id"]) == ("d1", 7)


def test_whole_document_hit_counts_as_chunk_zero():
    merged = merge_hits({
        "web": [{"doc_id": "page", "score": 5.0, "text": "whole page"},
                {"doc_id": "other", "score": 1.0, "text": "x"}],
        "chunks": [{"doc_id": "page", "chunk_id": 0, "score": 0.7, "text": "chunk zero"},
                   {"doc_id": "page", "chunk_id": 3, "score": 0.2, "text": "chunk three"}],
    })
    page = [e for e in merged if e["doc_id"] == "page"]
    assert len(page) == 2
    zero = next(e for e in page if e.get("chunk_id", 0) == 0)
    assert zero["sources"] == ["web", "chunks"]


def test_better_score_replaces_text():
    merged = merge_hits({
        "a": [{"doc_id": "x", "chunk_id": 1, "score": 1.0, "text": "old"},
              {"doc_id": "y", "chunk_id": 1, "score": 3.0, "text": "y"}],
        "b": [{"doc_id": "x", "chunk_id": 1, "score": 8.0, "text": "new"},
              {"doc_id": "z", "chunk_id": 2, "score": 2.0, "text": "z"}],
    })
    x = next(e for e in merged if e["doc_id"] == "x")
    assert x["score"] == 1.0
    assert x["text"] == "new"
    assert len(merged) == 3


def test_same_tool_twice_lists_source_once():
    merged = merge_hits({"t": [{"doc_id": "q", "chunk_id": 2, "score": 1.0},
                               {"doc_id": "q", "chunk_id": 2, "score": 0.0},
                               {"doc_id": "q", "chunk_id": 5, "score": 0.5}]})
    assert [(e["chunk_id"], e["sources"]) for e in merged] == [(2, ["t"]), (5, ["t"])]
