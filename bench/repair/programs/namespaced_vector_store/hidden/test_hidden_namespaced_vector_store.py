import pytest

from namespaced_vector_store import VectorStore


def store():
    s = VectorStore(dim=2)
    s.upsert("kb", "a", [1, 0], {"team": "core", "tier": 1})
    s.upsert("kb", "b", [3, 1], {"team": "core", "tier": 2})
    s.upsert("kb", "c", [1, 1], {"team": "web", "tier": 1})
    s.upsert("kb", "d", [0, 2], {"team": "web"})
    return s


def ids(hits):
    return [h.doc_id for h in hits]


def test_exclude_alone_drops_documents():
    assert ids(store().query("kb", [1, 0], exclude=["a"])) == ["b", "c", "d"]
    assert ids(store().query("kb", [1, 0], exclude={"a", "c"})) == ["b", "d"]


def test_where_alone_drops_non_matching():
    assert ids(store().query("kb", [1, 0], where={"team": "web"})) == ["c", "d"]
    assert ids(store().query("kb", [1, 0], where={"tier": 1})) == ["a", "c"]


def test_missing_field_does_not_match():
    assert ids(store().query("kb", [0, 1], where={"tier": [1, 2]})) == ["c", "b", "a"]


def test_exclude_and_where_combined():
    assert ids(store().query("kb", [1, 0], where={"team": "core"}, exclude=["a"])) == ["b"]
    assert ids(store().query("kb", [1, 0], where={"team": "web"}, exclude=["a"])) == ["c", "d"]


def test_top_k_and_ties_by_id():
    s = VectorStore(dim=2)
    for doc in ["z", "m", "k"]:
        s.upsert("t", doc, [2, 2])
    s.upsert("t", "far", [1, -1])
    assert ids(s.query("t", [1, 1], top_k=2)) == ["k", "m"]
    assert ids(s.query("t", [1, 1], top_k=10, min_score=0.0)) == ["k", "m", "z", "far"]
    assert ids(s.query("t", [1, 1], min_score=0.5)) == ["k", "m", "z"]


def test_hits_carry_metadata_copies():
    s = store()
    (hit,) = s.query("kb", [1, 0], top_k=1, where={"tier": 1, "team": "core"})
    assert hit.doc_id == "a" and hit.metadata == {"team": "core", "tier": 1}
    hit.metadata["team"] = "x"
    assert s.query("kb", [1, 0], top_k=1)[0].metadata["team"] == "core"


def test_zero_vector_rejected():
    with pytest.raises(ValueError):
        VectorStore(dim=2).upsert("kb", "z", [0, 0])
