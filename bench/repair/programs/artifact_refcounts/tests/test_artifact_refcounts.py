import pytest

from artifact_refcounts import ArtifactStore, StoreFull


def test_same_content_is_stored_once():
    store = ArtifactStore(limit_bytes=1000)
    first = store.put(b"x" * 100)
    second = store.put(b"x" * 100)
    assert first == second
    assert store.refs(first) == 2
    assert store.used_bytes == 100
    assert store.get(first) == b"x" * 100


def test_collect_drops_only_unreferenced_artifacts():
    store = ArtifactStore(limit_bytes=1000)
    kept = store.put(b"keep me")
    dropped = store.put(b"drop me!")
    store.release(dropped)
    assert store.collect() == 8
    assert store.get(kept) == b"keep me"
    with pytest.raises(KeyError):
        store.get(dropped)


def test_used_bytes_after_collect():
    store = ArtifactStore(limit_bytes=1000)
    digest = store.put(b"a" * 300)
    store.put(b"b" * 200)
    store.release(digest)
    store.collect()
    assert store.used_bytes == 200


def test_full_store_refuses_new_content():
    store = ArtifactStore(limit_bytes=100)
    store.put(b"a" * 80)
    with pytest.raises(StoreFull):
        store.put(b"b" * 30)


def test_put_collects_to_make_room():
    store = ArtifactStore(limit_bytes=100)
    old = store.put(b"a" * 80)
    store.release(old)
    new = store.put(b"b" * 60)
    assert store.get(new) == b"b" * 60
    assert store.used_bytes == 60
