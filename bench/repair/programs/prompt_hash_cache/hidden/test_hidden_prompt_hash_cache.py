import itertools

from prompt_hash_cache import ResponseCache, request_key

CHAT = [{"role": "user", "content": "List the files in /tmp"}]
TOOLS = ["bash", "read_file", "write_file"]


def test_every_tool_order_gives_the_same_key():
    keys = {request_key("agent-model", CHAT, tools=list(order))
            for order in itertools.permutations(TOOLS)}
    assert len(keys) == 1


def test_tool_tuple_and_list_agree():
    assert request_key("m", CHAT, tools=("b", "a")) == request_key("m", CHAT, tools=["a", "b"])


def test_different_tool_sets_differ():
    assert request_key("m", CHAT, tools=["bash"]) != request_key("m", CHAT, tools=["read_file"])
    assert request_key("m", CHAT, tools=["bash"]) != request_key("m", CHAT)


def test_caller_tool_list_is_left_alone():
    tools = ["write_file", "bash"]
    request_key("m", CHAT, tools=tools)
    assert tools == ["write_file", "bash"]


def test_cache_hit_across_tool_orders_counts_stats():
    cache = ResponseCache()
    cache.put("agent-model", CHAT, {"content": "ok"}, tools=["write_file", "bash", "read_file"])
    assert cache.get("agent-model", CHAT, tools=["read_file", "write_file", "bash"]) == {
        "content": "ok"}
    assert cache.get("agent-model", CHAT, tools=["bash"]) is None
    assert (cache.hits, cache.misses) == (1, 1)


def test_key_shape_and_other_fields():
    key = request_key("m", CHAT)
    assert len(key) == 64 and int(key, 16) >= 0
    assert request_key("m", CHAT, temperature=0.0) == key
    assert request_key("m", CHAT, temperature=0.5) != key
    assert request_key("other", CHAT) != key
    system_first = [{"role": "system", "content": "List the files in /tmp"}]
    assert request_key("m", system_first) != key


def test_stored_response_is_a_copy():
    cache = ResponseCache()
    response = {"content": "x", "tool_calls": [{"name": "bash"}]}
    cache.put("m", CHAT, response)
    response["tool_calls"].append({"name": "rm"})
    assert cache.get("m", CHAT) == {"content": "x", "tool_calls": [{"name": "bash"}]}


def test_reput_refreshes_recency():
    cache = ResponseCache(max_entries=2)
    first, second, third = ([{"role": "user", "content": t}] for t in "xyz")
    cache.put("m", first, {"content": "1"})
    cache.put("m", second, {"content": "2"})
    cache.put("m", first, {"content": "1b"})
    cache.put("m", third, {"content": "3"})
    assert len(cache) == 2
    assert cache.get("m", second) is None
    assert cache.get("m", first) == {"content": "1b"}
