import random
from collections import OrderedDict

import pytest

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


def test_capacity_must_be_positive():
    with pytest.raises(ValueError):
        WriteBackCache(FakeStore(), capacity=0)


def test_capacity_one_keeps_last_entry():
    store = FakeStore()
    cache = WriteBackCache(store, capacity=1)
    cache.put("x", "1")
    assert "x" in cache and len(cache) == 1
    assert store.writes == []
    cache.put("y", "2")
    assert store.writes == [("x", "1")]
    assert cache.get("y") == "2"
    assert store.reads == []


def test_recently_used_entry_survives():
    store = FakeStore({"k1": "a", "k2": "b", "k3": "c"})
    cache = WriteBackCache(store, capacity=3)
    for key in ("k1", "k2", "k3"):
        cache.get(key)
    cache.get("k1")
    cache.put("k4", "d")
    assert "k1" in cache and "k2" not in cache
    assert store.writes == []
    assert len(cache) == 3
    assert store.reads == ["k1", "k2", "k3"]


def test_overwrite_keeps_single_dirty_entry():
    store = FakeStore()
    cache = WriteBackCache(store, capacity=3)
    cache.put("a", "1")
    cache.put("a", "2")
    cache.put("b", "3")
    cache.put("c", "4")
    assert store.writes == []
    assert cache.flush() == 3
    assert store.data == {"a": "2", "b": "3", "c": "4"}


def _model_run(ops, capacity):
    entries, dirty, writes, reads = OrderedDict(), set(), [], []
    backing = {}
    for op, key, value in ops:
        if op == "get":
            if key in entries:
                entries.move_to_end(key)
                continue
            reads.append(key)
            if key not in backing:
                continue
            entries[key] = backing[key]
        else:
            dirty.add(key)
            entries[key] = value
            entries.move_to_end(key)
        while len(entries) > capacity:
            old, old_value = entries.popitem(last=False)
            if old in dirty:
                writes.append((old, old_value))
                backing[old] = old_value
                dirty.discard(old)
    return list(entries), writes, reads


def test_random_operations_against_model():
    rng = random.Random(5)
    for _ in range(150):
        capacity = rng.randint(1, 5)
        ops = []
        for step in range(rng.randint(1, 30)):
            op = rng.choice(["get", "put"])
            ops.append((op, rng.choice("abcdefg"), str(step)))
        store = FakeStore()
        cache = WriteBackCache(store, capacity=capacity)
        for op, key, value in ops:
            if op == "get":
                cache.get(key)
            else:
                cache.put(key, value)
        keys, writes, reads = _model_run(ops, capacity)
        assert sorted(k for k in "abcdefg" if k in cache) == sorted(keys)
        assert len(cache) == len(keys)
        assert store.writes == writes
        assert store.reads == reads
