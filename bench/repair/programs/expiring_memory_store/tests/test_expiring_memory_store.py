import pytest

from expiring_memory_store import MemoryStore


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_remember_and_recall():
    store = MemoryStore(100, clock=FakeClock())
    store.remember("name", "The user is called Ada", importance=0.9)
    assert store.recall("name") == "The user is called Ada"
    assert store.recall("missing") is None


def test_entry_expires_after_ttl():
    clock = FakeClock()
    store = MemoryStore(100, clock=clock)
    store.remember("mood", "user seems tired", ttl=60)
    clock.now += 30
    assert store.recall("mood") == "user seems tired"
    clock.now += 60
    assert store.recall("mood") is None


def test_least_important_is_evicted_when_full():
    store = MemoryStore(20, clock=FakeClock())
    store.remember("a", "0123456789", importance=0.9)
    store.remember("b", "abcdefgh", importance=0.1)
    store.remember("c", "ABCDEFGH", importance=0.5)
    assert store.keys() == ["a", "c"]


def test_forget():
    store = MemoryStore(50, clock=FakeClock())
    store.remember("x", "hello")
    assert store.forget("x") is True
    assert store.forget("x") is False
    assert store.used == 0


def test_too_large_memory_is_rejected():
    store = MemoryStore(5, clock=FakeClock())
    with pytest.raises(ValueError):
        store.remember("big", "way too long for this store")
