from swr_refresh_cache import SWRCache


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Loader:
    def __init__(self):
        self.calls = []

    def __call__(self, key):
        self.calls.append(key)
        return f"{key}#{len(self.calls)}"


def make():
    clock, loader = Clock(), Loader()
    return SWRCache(loader, max_age=10, stale_for=5, clock=clock), clock, loader


def test_first_get_loads():
    cache, clock, loader = make()
    assert cache.get("a") == "a#1"
    assert loader.calls == ["a"]


def test_fresh_value_not_reloaded():
    cache, clock, loader = make()
    cache.get("a")
    clock.now = 9
    assert cache.get("a") == "a#1"
    assert loader.calls == ["a"]


def test_stale_value_served_and_refresh_queued():
    cache, clock, loader = make()
    cache.get("a")
    clock.now = 12
    assert cache.get("a") == "a#1"
    assert loader.calls == ["a"]
    assert cache.pending == ["a"]
    assert cache.run_pending() == 1
    assert cache.get("a") == "a#2"


def test_too_old_reloads_synchronously():
    cache, clock, loader = make()
    cache.get("a")
    clock.now = 15
    assert cache.get("a") == "a#2"
    assert cache.pending == []
