import pytest

from namespaced_vector_store import VectorStore


def make_store():
    store = VectorStore(dim=3)
    store.upsert("docs", "intro", [1, 0, 0], {"lang": "en", "kind": "guide"})
    store.upsert("docs", "setup", [0.9, 0.1, 0], {"lang": "en", "kind": "howto"})
    store.upsert("docs", "einf", [0.8, 0.2, 0], {"lang": "de", "kind": "guide"})
    store.upsert("docs", "api", [0, 0, 1], {"lang": "en", "kind": "reference"})
    return store


def test_query_ranks_by_cosine():
    store = make_store()
    hits = store.query("docs", [1, 0, 0], top_k=3)
    assert [h.doc_id for h in hits] == ["intro", "setup", "einf"]
    assert hits[0].score == pytest.approx(1.0)


def test_namespaces_are_isolated():
    store = make_store()
    store.upsert("notes", "n1", [1, 0, 0])
    assert [h.doc_id for h in store.query("notes", [1, 1, 0])] == ["n1"]
    assert store.query("missing", [1, 0, 0]) == []


def test_dimension_is_checked():
    store = VectorStore(dim=2)
    with pytest.raises(ValueError):
        store.upsert("a", "x", [1, 2, 3])
    with pytest.raises(ValueError):
        store.query("a", [1])


def test_delete_and_count():
    store = make_store()
    assert store.delete("docs", "api") is True
    assert store.delete("docs", "api") is False
    assert store.count("docs") == 3


def test_metadata_filter():
    store = make_store()
    hits = store.query("docs", [1, 0, 0], where={"lang": "en"})
    assert [h.doc_id for h in hits] == ["intro", "setup", "api"]
    hits = store.query("docs", [1, 0, 0], where={"kind": ["guide", "howto"], "lang": "en"})
    assert [h.doc_id for h in hits] == ["intro", "setup"]


def test_min_score_and_upsert_overwrites():
    store = make_store()
    store.upsert("docs", "api", [1, 0, 0.1], {"lang": "en", "kind": "reference"})
    hits = store.query("docs", [1, 0, 0], min_score=0.98)
    assert [h.doc_id for h in hits] == ["intro", "api", "setup"]
