import pytest

from tool_fanout_gather import ToolError, fan_out, summarize


def divide(a, b):
    if b == 0:
        raise ValueError("b must not be zero")
    return a / b


def lookup(key):
    return {"x": 1}[key]


def explode():
    raise RuntimeError("tool bug")


REGISTRY = {"divide": divide, "lookup": lookup, "explode": explode}


def test_missing_argument_is_an_error_result():
    [block] = fan_out(REGISTRY, [{"id": "d", "name": "divide", "arguments": {"a": 1}}])
    assert block["is_error"] is True
    assert block["content"].startswith("TypeError:")
    assert "'b'" in block["content"]


def test_bad_arguments_do_not_stop_other_calls():
    calls = [
        {"id": "1", "name": "divide", "arguments": {"a": 6, "b": 3}},
        {"id": "2", "name": "divide", "arguments": {"x": 1, "y": 2}},
        {"id": "3", "name": "divide", "arguments": {"a": 1, "b": 0}},
        {"id": "4", "name": "lookup", "arguments": {"key": "x", "default": 0}},
    ]
    results = fan_out(REGISTRY, calls)
    assert [block["tool_use_id"] for block in results] == ["1", "2", "3", "4"]
    assert results[0] == {"type": "tool_result", "tool_use_id": "1", "content": "2.0"}
    assert results[1]["content"].startswith("TypeError:") and results[1]["is_error"]
    assert results[2]["content"] == "ValueError: b must not be zero" and results[2]["is_error"]
    assert results[3]["content"].startswith("TypeError:") and results[3]["is_error"]
    assert summarize(results) == {"ok": 1, "error": 3}


def test_tool_bugs_propagate():
    with pytest.raises(RuntimeError):
        fan_out(REGISTRY, [{"id": "e", "name": "explode", "arguments": {}}])
    with pytest.raises(KeyError):
        fan_out(REGISTRY, [{"id": "k", "name": "lookup", "arguments": {"key": "nope"}}])


def test_tool_error_message():
    def fetch(url):
        raise ToolError(f"403 for {url}")

    [block] = fan_out({"fetch": fetch}, [{"id": "f", "name": "fetch", "arguments": {"url": "u"}}])
    assert block == {"type": "tool_result", "tool_use_id": "f",
                     "content": "ToolError: 403 for u", "is_error": True}


def test_duplicates_share_error_outcome():
    calls = [{"id": i, "name": "divide", "arguments": {"b": 1, "a": 4, "z": 0}} for i in "ab"]
    calls.append({"id": "c", "name": "divide", "arguments": {"a": 4, "b": 1}})
    results = fan_out(REGISTRY, calls)
    assert results[0]["is_error"] and results[1]["is_error"]
    assert results[0]["content"] == results[1]["content"]
    assert results[2] == {"type": "tool_result", "tool_use_id": "c", "content": "4.0"}


def test_arguments_default_to_empty():
    results = fan_out({"now": lambda: "12:00"}, [{"id": "t", "name": "now"}])
    assert results == [{"type": "tool_result", "tool_use_id": "t", "content": "12:00"}]
