from llm_response_cache import Completion, ResponseCache


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_never_holds_more_than_max_entries():
    cache = ResponseCache(max_entries=3)
    for index in range(20):
        cache.put(f"k{index}", Completion(str(index)))
        assert len(cache) <= 3
    assert [cache.get(f"k{i}") is not None for i in (16, 17, 18, 19)] == [False, True, True, True]


def test_single_entry_cache():
    cache = ResponseCache(max_entries=1)
    cache.put("a", Completion("A"))
    cache.put("b", Completion("B"))
    assert cache.get("a") is None
    assert cache.get("b") == Completion("B")


def test_overwriting_a_key_evicts_nothing():
    cache = ResponseCache(max_entries=2)
    cache.put("a", Completion("A"))
    cache.put("b", Completion("B"))
    cache.put("a", Completion("A2"))
    assert len(cache) == 2
    assert cache.get("a") == Completion("A2")
    assert cache.get("b") == Completion("B")


def test_filtered_completion_is_not_kept():
    cache = ResponseCache()
    cache.put("f", Completion("", finish_reason="content_filter"))
    assert len(cache) == 0
    assert cache.get("f") is None


def test_truncated_answer_does_not_replace_a_good_one():
    cache = ResponseCache()
    cache.put("k", Completion("full answer"))
    cache.put("k", Completion("full", finish_reason="length"))
    assert cache.get("k") == Completion("full answer")


def test_get_or_call_retries_after_truncation():
    cache = ResponseCache()
    answers = iter([Completion("par", finish_reason="length"), Completion("partial no more")])
    assert cache.get_or_call("k", lambda: next(answers)).text == "par"
    assert cache.get_or_call("k", lambda: next(answers)).text == "partial no more"
    assert cache.get_or_call("k", lambda: Completion("unused")).text == "partial no more"


def test_refreshing_an_entry_resets_its_age():
    clock = FakeClock()
    cache = ResponseCache(ttl=10, clock=clock)
    cache.put("k", Completion("v1"))
    clock.now = 8
    cache.put("k", Completion("v2"))
    clock.now = 15
    assert cache.get("k") == Completion("v2")
