import json

from prompt_cache_key import cache_key


def user(text):
    return {"role": "user", "content": text}


def tool_call(name, arguments, call_id="call_1"):
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": call_id, "type": "function",
         "function": {"name": name, "arguments": json.dumps(arguments)}}]}


def test_same_request_same_key():
    assert cache_key("m", [user("hi")]) == cache_key("m", [user("hi")])


def test_surrounding_whitespace_ignored():
    assert cache_key("m", [user("  hi\n")]) == cache_key("m", [user("hi")])


def test_model_is_part_of_key():
    assert cache_key("m1", [user("hi")]) != cache_key("m2", [user("hi")])


def test_sampled_requests_not_cached():
    assert cache_key("m", [user("hi")], temperature=0.7) is None


def test_tool_call_ids_do_not_matter():
    first = [user("weather?"), tool_call("weather", {"city": "Oslo"}, "call_a")]
    second = [user("weather?"), tool_call("weather", {"city": "Oslo"}, "call_b")]
    assert cache_key("m", first) == cache_key("m", second)


def test_volatile_arguments_ignored():
    first = [user("go"), tool_call("search", {"q": "x", "request_id": "r1"})]
    second = [user("go"), tool_call("search", {"q": "x", "request_id": "r2"})]
    assert cache_key("m", first) == cache_key("m", second)
