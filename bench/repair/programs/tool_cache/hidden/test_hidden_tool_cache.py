from tool_cache import ToolResultCache


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


def echo(**kwargs):
    return dict(kwargs)


def test_nested_argument_order():
    cache = ToolResultCache(ttl=5, clock=Clock())
    cache.get_or_call("q", {"filter": {"a": 1, "b": 2}, "k": 1}, echo)
    cache.get_or_call("q", {"k": 1, "filter": {"b": 2, "a": 1}}, echo)
    assert cache.hits == 1 and cache.misses == 1


def test_different_arguments_and_tools_are_separate():
    cache = ToolResultCache(ttl=5, clock=Clock())
    cache.get_or_call("q", {"k": 1}, echo)
    cache.get_or_call("q", {"k": 2}, echo)
    cache.get_or_call("r", {"k": 1}, echo)
    assert cache.misses == 3


def test_invalidate():
    cache = ToolResultCache(ttl=5, clock=Clock())
    cache.get_or_call("q", {"b": 1, "a": 2}, echo)
    cache.invalidate("q")
    cache.get_or_call("q", {"a": 2, "b": 1}, echo)
    assert cache.misses == 2
    cache.get_or_call("q", {"b": 1, "a": 2}, echo)
    assert cache.hits == 1
