from ttl_clock_cache import TTLCache


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_len_excludes_entry_at_deadline():
    clock = FakeClock(50)
    cache = TTLCache(5, clock=clock)
    cache.set("x", 1)
    cache.set("y", 2, ttl=6)
    clock.now = 55
    assert len(cache) == 1
    clock.now = 56
    assert len(cache) == 0


def test_purge_at_exact_deadline():
    clock = FakeClock(0)
    cache = TTLCache(3, clock=clock)
    cache.set("a", 1)
    cache.set("b", 2, ttl=4)
    clock.now = 3
    assert cache.purge() == 1
    assert cache.get("b") == 2
    clock.now = 4
    assert cache.purge() == 1


def test_remaining():
    clock = FakeClock(100)
    cache = TTLCache(8, clock=clock)
    cache.set("k", "v")
    clock.now = 103
    assert cache.remaining("k") == 5
    clock.now = 107.5
    assert cache.remaining("k") == 0.5
    clock.now = 108
    assert cache.remaining("k") is None
    assert cache.remaining("nope") is None


def test_reset_extends_lifetime():
    clock = FakeClock(0)
    cache = TTLCache(2, clock=clock)
    cache.set("k", 1)
    clock.now = 1.5
    cache.set("k", 2)
    clock.now = 3
    assert cache.get("k") == 2
    clock.now = 3.5
    assert cache.get("k") is None


def test_fractional_ttl_boundary():
    clock = FakeClock(0.25)
    cache = TTLCache(0.5, clock=clock)
    cache.set("k", 1)
    clock.now = 0.5
    assert cache.get("k") == 1
    clock.now = 0.75
    assert cache.get("k") is None
    assert len(cache) == 0


def test_stored_none_value_and_default():
    clock = FakeClock(0)
    cache = TTLCache(1, clock=clock)
    cache.set("n", None)
    assert cache.get("n", "dflt") is None
    clock.now = 1
    assert cache.get("n", "dflt") == "dflt"
