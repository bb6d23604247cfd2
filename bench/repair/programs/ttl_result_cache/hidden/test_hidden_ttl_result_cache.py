from ttl_result_cache import ToolResultCache


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_nested_result_is_isolated_through_call():
    cache = ToolResultCache(ttl=30, clock=FakeClock())

    def fetch(city):
        return {"city": city, "forecast": [{"day": 1, "temp": 4}]}

    first = cache.call("weather", {"city": "Oslo"}, fetch)
    second = cache.call("weather", {"city": "Oslo"}, fetch)
    second["forecast"][0]["temp"] = 99
    second["city"] = "changed"
    third = cache.call("weather", {"city": "Oslo"}, fetch)
    assert third == {"city": "Oslo", "forecast": [{"day": 1, "temp": 4}]}
    assert first == third
    assert cache.hits == 2


def test_each_hit_is_a_separate_object():
    cache = ToolResultCache(ttl=30, clock=FakeClock())
    cache.put("t", {"x": 1}, {"rows": [[1, 2], [3]]})
    one = cache.get("t", {"x": 1})
    two = cache.get("t", {"x": 1})
    assert one == two
    assert one is not two and one["rows"] is not two["rows"]
    assert one["rows"][0] is not two["rows"][0]


def test_stored_value_isolated_from_original():
    cache = ToolResultCache(ttl=30, clock=FakeClock())
    original = {"items": [1, 2]}
    cache.put("t", {}, original)
    original["items"].append(3)
    assert cache.get("t", {}) == {"items": [1, 2]}


def test_full_cache_drops_soonest_expiring():
    clock = FakeClock()
    cache = ToolResultCache(ttl=100, clock=clock, max_entries=2)
    cache.put("a", {}, 1)
    clock.now += 1
    cache.put("b", {}, 2)
    clock.now += 1
    cache.put("c", {}, 3)
    assert len(cache) == 2
    assert cache.get("a", {}) is None
    assert cache.get("b", {}) == 2 and cache.get("c", {}) == 3


def test_different_tools_same_args():
    cache = ToolResultCache(ttl=30, clock=FakeClock())
    cache.put("a", {"k": 1}, "from a")
    cache.put("b", {"k": 1}, "from b")
    assert cache.get("a", {"k": 1}) == "from a"
    assert cache.get("b", {"k": 1}) == "from b"
