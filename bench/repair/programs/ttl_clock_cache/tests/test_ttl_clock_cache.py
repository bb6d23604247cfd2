import pytest

from ttl_clock_cache import TTLCache


class FakeClock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


def test_value_served_before_expiry():
    clock = FakeClock()
    cache = TTLCache(10, clock=clock)
    cache.set("a", 1)
    clock.advance(9)
    assert cache.get("a") == 1


def test_value_gone_after_ttl():
    clock = FakeClock()
    cache = TTLCache(10, clock=clock)
    cache.set("a", 1)
    clock.advance(10)
    assert cache.get("a") is None
    assert cache.get("a", "missing") == "missing"


def test_per_entry_ttl():
    clock = FakeClock()
    cache = TTLCache(10, clock=clock)
    cache.set("short", 1, ttl=2)
    cache.set("long", 2)
    clock.advance(5)
    assert cache.get("short") is None
    assert cache.get("long") == 2


def test_purge_counts_dropped():
    clock = FakeClock()
    cache = TTLCache(10, clock=clock)
    cache.set("a", 1, ttl=1)
    cache.set("b", 2, ttl=30)
    clock.advance(3)
    assert cache.purge() == 1
    assert len(cache) == 1


def test_ttl_must_be_positive():
    with pytest.raises(ValueError):
        TTLCache(0)
