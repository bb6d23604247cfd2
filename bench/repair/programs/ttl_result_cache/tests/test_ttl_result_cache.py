from ttl_result_cache import ToolResultCache


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hit_within_ttl():
    clock = FakeClock()
    cache = ToolResultCache(ttl=60, clock=clock)
    cache.put("search", {"q": "python"}, ["a", "b"])
    clock.now += 59
    assert cache.get("search", {"q": "python"}) == ["a", "b"]
    assert (cache.hits, cache.misses) == (1, 0)


def test_expired_after_ttl():
    clock = FakeClock()
    cache = ToolResultCache(ttl=60, clock=clock)
    cache.put("search", {"q": "python"}, ["a"])
    clock.now += 60
    assert cache.get("search", {"q": "python"}) is None
    assert cache.misses == 1


def test_argument_order_does_not_matter():
    cache = ToolResultCache(ttl=60, clock=FakeClock())
    cache.put("read_file", {"path": "a.txt", "limit": 10}, "text")
    assert cache.get("read_file", {"limit": 10, "path": "a.txt"}) == "text"


def test_call_runs_tool_once():
    cache = ToolResultCache(ttl=60, clock=FakeClock())
    runs = []

    def add(a, b):
        runs.append((a, b))
        return a + b

    assert cache.call("add", {"a": 2, "b": 3}, add) == 5
    assert cache.call("add", {"a": 2, "b": 3}, add) == 5
    assert runs == [(2, 3)]


def test_caller_changes_do_not_leak_into_cache():
    cache = ToolResultCache(ttl=60, clock=FakeClock())
    cache.put("list_dir", {"path": "/"}, ["etc", "usr"])
    first = cache.get("list_dir", {"path": "/"})
    first.append("tmp")
    assert cache.get("list_dir", {"path": "/"}) == ["etc", "usr"]


def test_evict_expired():
    clock = FakeClock()
    cache = ToolResultCache(ttl=10, clock=clock)
    cache.put("a", {}, 1)
    clock.now += 5
    cache.put("b", {}, 2)
    clock.now += 6
    assert cache.evict_expired() == 1
    assert len(cache) == 1
