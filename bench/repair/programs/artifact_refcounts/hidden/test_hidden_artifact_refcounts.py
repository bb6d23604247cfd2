import pytest

from artifact_refcounts import ArtifactStore, StoreFull


def test_collect_several_and_track_bytes():
    store = ArtifactStore(limit_bytes=10_000)
    digests = [store.put(bytes([n]) * (100 * (n + 1))) for n in range(5)]
    for digest in digests[1::2]:
        store.release(digest)
    assert store.collect() == 200 + 400
    assert store.used_bytes == 100 + 300 + 500
    assert store.collect() == 0
    assert store.used_bytes == 900


def test_release_all_then_collect_empties_the_store():
    store = ArtifactStore(limit_bytes=500)
    digest = store.put(b"z" * 250)
    store.put(b"z" * 250)
    store.release(digest)
    assert store.collect() == 0
    store.release(digest)
    assert store.collect() == 250
    assert store.used_bytes == 0
    assert store.refs(digest) == 0


def test_room_made_repeatedly_by_collection():
    store = ArtifactStore(limit_bytes=100)
    for n in range(10):
        digest = store.put(bytes([n]) * 70)
        assert store.used_bytes == 70
        store.release(digest)


def test_still_full_after_collect():
    store = ArtifactStore(limit_bytes=100)
    held = store.put(b"h" * 50)
    loose = store.put(b"l" * 40)
    store.release(loose)
    with pytest.raises(StoreFull):
        store.put(b"n" * 60)
    assert store.used_bytes == 50
    assert store.get(held) == b"h" * 50
    store.put(b"n" * 50)
    assert store.used_bytes == 100


def test_delete_and_release_errors():
    store = ArtifactStore(limit_bytes=100)
    digest = store.put(b"secret")
    store.delete(digest)
    assert store.used_bytes == 0
    with pytest.raises(KeyError):
        store.release(digest)
    other = store.put(b"x")
    store.release(other)
    with pytest.raises(KeyError):
        store.release(other)
