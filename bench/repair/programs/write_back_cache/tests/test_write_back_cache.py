from write_back_cache import WriteBackCache


class FakeStore:
    def __init__(self, data=None):
        self.data = dict(data or {})
        self.reads = []
        self.writes = []

    def read(self, key):
        self.reads.append(key)
        return self.data.get(key)

    def write(self, key, value):
        self.writes.append((key, value))
        self.data[key] = value


def test_reads_through_once():
    store = FakeStore({"a": "1"})
    cache = WriteBackCache(store, capacity=4)
    assert cache.get("a") == "1"
    assert cache.get("a") == "1"
    assert store.reads == ["a"]


def test_missing_key_is_not_cached():
    store = FakeStore()
    cache = WriteBackCache(store, capacity=4)
    assert cache.get("nope") is None
    assert "nope" not in cache


def test_writes_wait_for_flush():
    store = FakeStore()
    cache = WriteBackCache(store, capacity=2)
    cache.put("a", "1")
    cache.put("b", "2")
    assert store.writes == []
    assert cache.dirty_keys() == ["a", "b"]
    assert cache.flush() == 2
    assert store.data == {"a": "1", "b": "2"}
    assert cache.dirty_keys() == []


def test_eviction_writes_back_dirty_entry():
    store = FakeStore()
    cache = WriteBackCache(store, capacity=2)
    cache.put("a", "1")
    cache.put("b", "2")
    cache.put("c", "3")
    assert store.writes == [("a", "1")]
    assert "a" not in cache and len(cache) == 2


def test_flush_with_nothing_dirty():
    store = FakeStore({"a": "1"})
    cache = WriteBackCache(store, capacity=3)
    cache.get("a")
    assert cache.flush() == 0
    assert store.writes == []
