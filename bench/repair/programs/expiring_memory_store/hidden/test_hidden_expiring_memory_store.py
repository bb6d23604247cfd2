import pytest

from expiring_memory_store import MemoryStore


class FakeClock:
    def __init__(self, now=50.0):
        self.now = now

    def __call__(self):
        return self.now


def test_used_is_accounted_after_eviction():
    store = MemoryStore(12, clock=FakeClock())
    store.remember("p", "aaaa", importance=0.2)
    store.remember("q", "bbbb", importance=0.8)
    store.remember("r", "cccccc", importance=0.5)
    assert store.keys() == ["q", "r"]
    assert store.used == 10
    store.remember("s", "dd", importance=0.1)
    assert store.keys() == ["q", "r", "s"]
    assert store.used == 12


def test_eviction_evicts_several_until_it_fits():
    store = MemoryStore(10, clock=FakeClock())
    store.remember("a", "xxx", importance=0.1)
    store.remember("b", "yyy", importance=0.2)
    store.remember("c", "zzz", importance=0.9)
    store.remember("d", "wwwwwww", importance=0.3)
    assert store.keys() == ["c", "d"]
    assert store.used == 10


def test_ties_evict_the_oldest():
    store = MemoryStore(9, clock=FakeClock())
    store.remember("first", "111", importance=0.4)
    store.remember("second", "222", importance=0.4)
    store.remember("third", "333", importance=0.4)
    store.remember("fourth", "444", importance=0.4)
    assert store.keys() == ["second", "third", "fourth"]
    assert store.used == 9


def test_expired_entries_go_before_live_ones():
    clock = FakeClock()
    store = MemoryStore(10, clock=clock)
    store.remember("temp", "tttttt", importance=0.9, ttl=5)
    store.remember("keep", "kkkk", importance=0.1)
    clock.now += 5
    store.remember("new", "nnnnn", importance=0.5)
    assert store.keys() == ["keep", "new"]
    assert store.used == 9


def test_remembering_a_key_again_replaces_it():
    store = MemoryStore(10, clock=FakeClock())
    store.remember("k", "123456", importance=0.5)
    store.remember("k", "abcdefgh", importance=0.5)
    assert store.recall("k") == "abcdefgh"
    assert store.used == 8


def test_store_can_be_refilled_after_many_evictions():
    store = MemoryStore(6, clock=FakeClock())
    for i in range(10):
        store.remember(f"m{i}", f"v{i}", importance=i / 10)
    assert store.keys() == ["m7", "m8", "m9"]
    assert store.used == 6
    with pytest.raises(ValueError):
        store.remember("huge", "1234567")
