from tool_cache import ToolResultCache


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def search(query, limit=10):
    return f"{limit} results for {query}"


def test_second_identical_call_is_a_hit():
    cache = ToolResultCache(ttl=60, clock=Clock())
    cache.get_or_call("search", {"query": "x"}, search)
    cache.get_or_call("search", {"query": "x"}, search)
    assert (cache.hits, cache.misses) == (1, 1)


def test_entries_expire():
    clock = Clock()
    cache = ToolResultCache(ttl=10, clock=clock)
    cache.get_or_call("search", {"query": "x"}, search)
    clock.now = 10
    cache.get_or_call("search", {"query": "x"}, search)
    assert cache.misses == 2


def test_argument_order_from_model_does_not_matter():
    cache = ToolResultCache(ttl=60, clock=Clock())
    first = cache.get_or_call("search", {"query": "x", "limit": 3}, search)
    second = cache.get_or_call("search", {"limit": 3, "query": "x"}, search)
    assert first == second
    assert cache.hits == 1
