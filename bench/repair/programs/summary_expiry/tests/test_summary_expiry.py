from summary_expiry import SummaryCache


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_cache(**kwargs):
    clock = FakeClock()
    return SummaryCache(idle_ttl=60, clock=clock, **kwargs), clock


def test_fresh_summary_is_returned():
    cache, clock = make_cache()
    cache.put("conv", "User wants a refund.", covers=12)
    clock.now += 30
    assert cache.get("conv", message_count=14) == "User wants a refund."


def test_unknown_conversation():
    cache, _ = make_cache()
    assert cache.get("nope", message_count=0) is None


def test_idle_summary_expires():
    cache, clock = make_cache()
    cache.put("conv", "s", covers=3)
    clock.now += 61
    assert cache.get("conv", message_count=3) is None
    assert "conv" not in cache


def test_reading_keeps_an_active_summary_alive():
    cache, clock = make_cache()
    cache.put("conv", "s", covers=3)
    for _ in range(4):
        clock.now += 40
        assert cache.get("conv", message_count=4) == "s"


def test_too_many_new_messages_invalidate():
    cache, _ = make_cache(max_uncovered=5)
    cache.put("conv", "s", covers=10)
    assert cache.get("conv", message_count=15) == "s"
    assert cache.get("conv", message_count=16) is None


def test_sweep_removes_only_idle_entries():
    cache, clock = make_cache()
    cache.put("old", "a", covers=1)
    clock.now += 50
    cache.put("new", "b", covers=1)
    clock.now += 20
    assert cache.sweep() == ["old"]
    assert len(cache) == 1
