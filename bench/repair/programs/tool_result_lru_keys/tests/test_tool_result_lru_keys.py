from tool_result_lru_keys import ToolResultCache


class Runner:
    def __init__(self):
        self.calls = []

    def __call__(self, tool, args):
        self.calls.append((tool, args))
        return f"result {len(self.calls)}"


def test_hit_after_put():
    cache = ToolResultCache()
    cache.put("read_file", {"path": "a.py"}, "print(1)")
    assert cache.get("read_file", {"path": "a.py"}) == "print(1)"
    assert cache.get("read_file", {"path": "b.py"}) is None
    assert (cache.hits, cache.misses) == (1, 1)


def test_least_recently_used_is_evicted():
    cache = ToolResultCache(capacity=2)
    cache.put("grep", {"q": "a"}, "A")
    cache.put("grep", {"q": "b"}, "B")
    cache.get("grep", {"q": "a"})
    cache.put("grep", {"q": "c"}, "C")
    assert cache.get("grep", {"q": "b"}) is None
    assert cache.get("grep", {"q": "a"}) == "A"
    assert len(cache) == 2


def test_same_call_from_model_runs_tool_once():
    cache = ToolResultCache()
    run = Runner()
    first = cache.call("read_file", '{"path": "src/app.py", "limit": 50}', run)
    again = cache.call("read_file", '{"limit": 50, "path": "src/app.py"}', run)
    assert first == again == "result 1"
    assert len(run.calls) == 1


def test_uncacheable_tools_always_run():
    cache = ToolResultCache(uncacheable={"bash"})
    run = Runner()
    cache.call("bash", {"cmd": "date"}, run)
    cache.call("bash", {"cmd": "date"}, run)
    assert len(run.calls) == 2 and len(cache) == 0


def test_invalidate_one_tool():
    cache = ToolResultCache()
    cache.put("read_file", {"path": "a.py"}, "x")
    cache.put("list_dir", {"path": "."}, "y")
    cache.invalidate("read_file")
    assert cache.get("read_file", {"path": "a.py"}) is None
    assert cache.get("list_dir", {"path": "."}) == "y"
