import pytest

from context_budget_doc_packer import estimate_tokens, pack_documents


def doc(doc_id, text, score, **extra):
    return {"id": doc_id, "text": text, "score": score, **extra}


def ids(docs):
    return [d["id"] for d in docs]


def test_estimate_tokens():
    assert estimate_tokens("") == 1
    assert estimate_tokens("x" * 40) == 10
    assert estimate_tokens("x" * 41) == 11


def test_empty():
    assert pack_documents([], 100) == []


def test_everything_fits_in_original_order():
    docs = [doc("a", "x" * 40, 0.2), doc("b", "y" * 80, 0.9), doc("c", "z" * 20, 0.5)]
    assert ids(pack_documents(docs, 1000)) == ["a", "b", "c"]


def test_reserve_shrinks_budget():
    docs = [doc("a", "x" * 400, 0.4), doc("b", "y" * 400, 0.7)]
    assert ids(pack_documents(docs, 250, reserve=60)) == ["b"]


def test_best_total_score_within_budget():
    docs = [
        doc("a", "alpha", 0.9, tokens=60),
        doc("b", "bravo", 0.6, tokens=50),
        doc("c", "charlie", 0.5, tokens=45),
    ]
    assert ids(pack_documents(docs, 100)) == ["b", "c"]


def test_pinned_over_budget_raises():
    docs = [doc("sys", "short", 0.0, tokens=500, pinned=True), doc("a", "alpha", 0.3)]
    with pytest.raises(ValueError):
        pack_documents(docs, 200)
