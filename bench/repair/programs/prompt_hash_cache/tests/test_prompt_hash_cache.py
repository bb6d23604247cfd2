from prompt_hash_cache import ResponseCache, request_key

QUESTION = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "2+2?"}]
ANSWER = {"content": "4", "usage": {"input_tokens": 9, "output_tokens": 1}}


def test_repeated_request_is_served_from_cache():
    cache = ResponseCache()
    assert cache.get("small-model", QUESTION) is None
    cache.put("small-model", QUESTION, ANSWER)
    assert cache.get("small-model", QUESTION) == ANSWER
    assert (cache.hits, cache.misses) == (1, 1)


def test_different_prompt_misses():
    cache = ResponseCache()
    cache.put("small-model", QUESTION, ANSWER)
    other = [QUESTION[0], {"role": "user", "content": "3+3?"}]
    assert cache.get("small-model", other) is None


def test_whitespace_and_model_case_do_not_matter():
    padded = [{"role": m["role"], "content": f"  {m['content']}\n"} for m in QUESTION]
    assert request_key("Small-Model ", padded) == request_key("small-model", QUESTION)


def test_tools_offered_in_another_order_hit():
    cache = ResponseCache()
    cache.put("small-model", QUESTION, ANSWER, tools=["search", "calculator"])
    assert cache.get("small-model", QUESTION, tools=["calculator", "search"]) == ANSWER


def test_sampled_requests_are_not_cached():
    cache = ResponseCache()
    assert not cache.put("small-model", QUESTION, ANSWER, temperature=0.7)
    assert len(cache) == 0


def test_least_recently_used_entry_is_evicted():
    cache = ResponseCache(max_entries=2)
    prompts = [[{"role": "user", "content": text}] for text in ("a", "b", "c")]
    cache.put("m", prompts[0], {"content": "A"})
    cache.put("m", prompts[1], {"content": "B"})
    cache.get("m", prompts[0])
    cache.put("m", prompts[2], {"content": "C"})
    assert cache.get("m", prompts[1]) is None
    assert cache.get("m", prompts[0]) == {"content": "A"}


def test_callers_cannot_corrupt_a_cached_response():
    cache = ResponseCache()
    cache.put("small-model", QUESTION, ANSWER)
    cache.get("small-model", QUESTION)["content"] = "five"
    assert cache.get("small-model", QUESTION)["content"] == "4"
