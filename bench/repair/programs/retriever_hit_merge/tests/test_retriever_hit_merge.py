import pytest

from retriever_hit_merge import as_context, merge_hits, normalise_scores


def hit(doc, chunk, score, text=""):
    return {"doc_id": doc, "chunk_id": chunk, "score": score, "text": text}


def test_normalise_scores_to_unit_range():
    hits = normalise_scores([hit("a", 0, 10.0), hit("b", 0, 5.0), hit("c", 0, 0.0)])
    assert [h["score"] for h in hits] == pytest.approx([1.0, 0.5, 0.0])


def test_same_chunk_from_two_tools_is_merged():
    merged = merge_hits({
        "bm25": [hit("guide", 3, 14.2, "install steps"), hit("faq", 1, 2.0, "faq")],
        "vector": [hit("guide", 3, 0.91, "install steps"), hit("blog", 0, 0.4, "blog")],
    })
    guide = [e for e in merged if e["doc_id"] == "guide"]
    assert len(guide) == 1
    assert guide[0]["sources"] == ["bm25", "vector"]
    assert guide[0]["score"] == 1.0


def test_different_chunks_of_one_document_stay_separate():
    merged = merge_hits({
        "bm25": [hit("guide", 1, 9.0, "part one"), hit("guide", 2, 3.0, "part two")],
    })
    assert [(e["doc_id"], e["chunk_id"]) for e in merged] == [("guide", 1), ("guide", 2)]


def test_top_n_keeps_best():
    merged = merge_hits({"bm25": [hit("a", 0, 1.0), hit("b", 0, 3.0), hit("c", 0, 2.0)]}, top_n=2)
    assert [e["doc_id"] for e in merged] == ["b", "c"]


def test_as_context_respects_budget():
    merged = [{"doc_id": "a", "text": "x" * 30}, {"doc_id": "b", "text": "y" * 30}]
    text = as_context(merged, max_chars=50)
    assert text == "[1] (a) " + "x" * 30
