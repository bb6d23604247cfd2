import json

from prompt_cache_key import cache_key


def user(text):
    return {"role": "user", "content": text}


def assistant_calls(*calls):
    return {"role": "assistant", "content": "", "tool_calls": [
        {"id": f"call_{i}", "type": "function",
         "function": {"name": name, "arguments": arguments}}
        for i, (name, arguments) in enumerate(calls)]}


def test_argument_key_order_and_spacing_do_not_matter():
    a = [user("q"), assistant_calls(("read", '{"path": "a.txt", "limit": 10}'))]
    b = [user("q"), assistant_calls(("read", '{"limit":10,"path":"a.txt"}'))]
    assert cache_key("m", a) == cache_key("m", b)


def test_different_argument_values_differ():
    a = [user("q"), assistant_calls(("read", json.dumps({"path": "a.txt"})))]
    b = [user("q"), assistant_calls(("read", json.dumps({"path": "b.txt"})))]
    assert cache_key("m", a) != cache_key("m", b)


def test_different_tool_names_differ():
    a = [assistant_calls(("read", "{}"))]
    b = [assistant_calls(("write", "{}"))]
    assert cache_key("m", a) != cache_key("m", b)


def test_every_volatile_field_dropped_nested_kept():
    a = [assistant_calls(("f", json.dumps({"timestamp": 1, "trace_id": "t1", "opts": {"n": 1}})))]
    b = [assistant_calls(("f", json.dumps({"opts": {"n": 1}, "timestamp": 2, "trace_id": "t2"})))]
    c = [assistant_calls(("f", json.dumps({"opts": {"n": 2}})))]
    assert cache_key("m", a) == cache_key("m", b)
    assert cache_key("m", a) != cache_key("m", c)


def test_parallel_calls_and_tool_results():
    conversation = [
        user("compare"),
        assistant_calls(("price", '{"sku": 1}'), ("price", '{"sku": 2}')),
        {"role": "tool", "tool_call_id": "call_0", "content": "3.50"},
        {"role": "tool", "tool_call_id": "call_1", "content": "4.00"},
    ]
    swapped_results = conversation[:2] + [conversation[3], conversation[2]]
    assert cache_key("m", conversation) == cache_key("m", [dict(m) for m in conversation])
    assert cache_key("m", conversation) != cache_key("m", swapped_results)


def test_plain_assistant_reply():
    a = [user("hi"), {"role": "assistant", "content": "hello "}]
    b = [user("hi"), {"role": "assistant", "content": "hello"}]
    assert cache_key("m", a) == cache_key("m", b)
