from llm_response_cache import Completion, ResponseCache, cache_key

MESSAGES = [{"role": "user", "content": "What is 2 + 2?"}]


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_key_ignores_parameter_order():
    first = cache_key("gpt-x", MESSAGES, temperature=0, max_tokens=50)
    second = cache_key("gpt-x", MESSAGES, max_tokens=50, temperature=0)
    assert first == second
    assert first != cache_key("gpt-y", MESSAGES, temperature=0, max_tokens=50)


def test_hit_after_put():
    cache = ResponseCache()
    cache.put("k", Completion("4", output_tokens=1))
    assert cache.get("k") == Completion("4", output_tokens=1)
    assert cache.get("other") is None
    assert (cache.hits, cache.misses, cache.hit_rate()) == (1, 1, 0.5)


def test_entries_expire():
    clock = FakeClock()
    cache = ResponseCache(ttl=60, clock=clock)
    cache.put("k", Completion("4"))
    clock.now += 61
    assert cache.get("k") is None
    assert len(cache) == 0


def test_get_or_call_calls_the_model_once():
    cache = ResponseCache()
    calls = []

    def model():
        calls.append(1)
        return Completion("4")

    assert cache.get_or_call("k", model).text == "4"
    assert cache.get_or_call("k", model).text == "4"
    assert len(calls) == 1


def test_least_recently_used_is_evicted():
    cache = ResponseCache(max_entries=2)
    cache.put("a", Completion("A"))
    cache.put("b", Completion("B"))
    cache.get("a")
    cache.put("c", Completion("C"))
    assert len(cache) == 2
    assert cache.get("b") is None
    assert cache.get("a") is not None


def test_truncated_completion_not_cached():
    cache = ResponseCache()
    cache.put("k", Completion("The answer is", finish_reason="length"))
    assert cache.get("k") is None
