import json

import pytest

from tool_batch import ToolBatch, ToolError


def search(query, limit=3):
    if not query:
        raise ToolError("empty query")
    return "\n".join(f"{query} result {i}" for i in range(limit))


def call(call_id, name, arguments):
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments)
    return {"id": call_id, "type": "function",
            "function": {"name": name, "arguments": arguments}}


@pytest.fixture
def batch():
    return ToolBatch({"search": search}, max_output=40)


@pytest.mark.parametrize("raw", ["{'query': 'cats'}", "{\"query\": \"cats\",}", "not json",
                                 "{\"query\": \"ca"])
def test_bad_json_is_an_error_result(batch, raw):
    [result] = batch.run({"tool_calls": [call("k1", "search", raw)]})
    assert result["role"] == "tool"
    assert result["tool_call_id"] == "k1"
    assert result["is_error"] is True
    assert batch.errors == 1


def test_later_calls_still_run_after_bad_json(batch):
    message = {"tool_calls": [call("a", "search", "{"), call("b", "search", {"query": "x", "limit": 1}),
                              call("c", "search", {"query": ""})]}
    results = batch.run(message)
    assert [r["tool_call_id"] for r in results] == ["a", "b", "c"]
    assert [bool(r.get("is_error")) for r in results] == [True, False, True]
    assert results[1]["content"] == "x result 0"
    assert batch.errors == 2


def test_long_output_truncated(batch):
    [result] = batch.run({"tool_calls": [call("t", "search", {"query": "longer query", "limit": 5})]})
    assert result["content"].endswith("[output truncated]")
    assert "is_error" not in result
