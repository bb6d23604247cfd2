from summary_expiry import SummaryCache


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_read_extends_by_a_full_ttl_from_the_read():
    clock = FakeClock()
    cache = SummaryCache(idle_ttl=10, clock=clock)
    cache.put("c", "s", covers=0)
    clock.now = 9
    assert cache.get("c", 0) == "s"
    clock.now = 18.5
    assert cache.get("c", 0) == "s"
    clock.now = 28.5
    assert cache.get("c", 0) is None


def test_read_protects_from_sweep():
    clock = FakeClock()
    cache = SummaryCache(idle_ttl=10, clock=clock)
    cache.put("read", "r", covers=0)
    cache.put("unread", "u", covers=0)
    clock.now = 8
    cache.get("read", 0)
    clock.now = 12
    assert cache.sweep() == ["unread"]
    assert "read" in cache
    clock.now = 18
    assert cache.sweep() == ["read"]


def test_expiry_boundary_is_exclusive():
    clock = FakeClock()
    cache = SummaryCache(idle_ttl=5, clock=clock)
    cache.put("c", "s", covers=0)
    clock.now = 5
    assert cache.get("c", 0) is None


def test_put_replaces_and_resets():
    clock = FakeClock()
    cache = SummaryCache(idle_ttl=10, max_uncovered=2, clock=clock)
    cache.put("c", "v1", covers=4)
    clock.now = 7
    cache.put("c", "v2", covers=8)
    clock.now = 15
    assert cache.get("c", 10) == "v2"
    assert cache.get("c", 11) is None
    assert len(cache) == 0


def test_failed_read_does_not_refresh_others():
    clock = FakeClock()
    cache = SummaryCache(idle_ttl=10, clock=clock)
    cache.put("a", "x", covers=0)
    cache.put("b", "y", covers=0)
    clock.now = 6
    assert cache.get("a", 0) == "x"
    clock.now = 11
    assert cache.get("b", 0) is None
    assert cache.get("a", 0) == "x"
