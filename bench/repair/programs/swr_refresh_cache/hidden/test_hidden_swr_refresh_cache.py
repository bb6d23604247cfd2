from swr_refresh_cache import SWRCache


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def counting_loader():
    calls = []

    def load(key):
        calls.append(key)
        return (key, len(calls))

    return load, calls


def test_refresh_queued_once_per_key():
    load, calls = counting_loader()
    clock = Clock()
    cache = SWRCache(load, max_age=2, stale_for=3, clock=clock)
    cache.get("x")
    cache.get("y")
    clock.now = 102.5
    for _ in range(3):
        assert cache.get("y") == ("y", 2)
        assert cache.get("x") == ("x", 1)
    assert cache.pending == ["y", "x"]
    assert cache.run_pending() == 2
    assert calls == ["x", "y", "y", "x"]
    assert cache.pending == []


def test_refreshed_value_is_fresh_again():
    load, calls = counting_loader()
    clock = Clock()
    cache = SWRCache(load, max_age=2, stale_for=3, clock=clock)
    cache.get("k")
    clock.now = 103
    cache.get("k")
    cache.run_pending()
    clock.now = 104
    assert cache.get("k") == ("k", 2)
    assert cache.pending == []
    clock.now = 105
    assert cache.get("k") == ("k", 2)
    assert cache.pending == ["k"]


def test_exact_max_age_is_stale():
    load, calls = counting_loader()
    clock = Clock()
    cache = SWRCache(load, max_age=2, stale_for=3, clock=clock)
    cache.get("k")
    clock.now = 102
    assert cache.get("k") == ("k", 1)
    assert cache.pending == ["k"]


def test_exact_end_of_stale_window_reloads():
    load, calls = counting_loader()
    clock = Clock()
    cache = SWRCache(load, max_age=2, stale_for=3, clock=clock)
    cache.get("k")
    clock.now = 105
    assert cache.get("k") == ("k", 2)
    assert cache.pending == []


def test_run_pending_with_nothing_queued():
    load, calls = counting_loader()
    cache = SWRCache(load, max_age=1, stale_for=1, clock=Clock())
    assert cache.run_pending() == 0
    assert calls == []
