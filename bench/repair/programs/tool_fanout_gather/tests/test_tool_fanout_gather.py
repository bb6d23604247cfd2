import pytest

from tool_fanout_gather import ToolError, fan_out, summarize


def read_file(path):
    files = {"a.txt": "alpha", "b.txt": "beta"}
    if path not in files:
        raise ToolError(f"no such file: {path}")
    return files[path]


def add(a, b):
    return a + b


REGISTRY = {"read_file": read_file, "add": add}


def test_results_in_call_order():
    calls = [
        {"id": "c1", "name": "read_file", "arguments": {"path": "b.txt"}},
        {"id": "c2", "name": "add", "arguments": {"a": 2, "b": 3}},
        {"id": "c3", "name": "read_file", "arguments": {"path": "a.txt"}},
    ]
    assert fan_out(REGISTRY, calls) == [
        {"type": "tool_result", "tool_use_id": "c1", "content": "beta"},
        {"type": "tool_result", "tool_use_id": "c2", "content": "5"},
        {"type": "tool_result", "tool_use_id": "c3", "content": "alpha"},
    ]


def test_tool_error_becomes_error_result():
    [block] = fan_out(REGISTRY, [{"id": "x", "name": "read_file", "arguments": {"path": "c.txt"}}])
    assert block["is_error"] is True
    assert block["content"] == "ToolError: no such file: c.txt"


def test_unknown_tool():
    [block] = fan_out(REGISTRY, [{"id": "x", "name": "rm", "arguments": {}}])
    assert block == {"type": "tool_result", "tool_use_id": "x",
                     "content": "unknown tool 'rm'", "is_error": True}


def test_unexpected_argument_is_reported_to_the_model():
    calls = [{"id": "x", "name": "add", "arguments": {"a": 1, "c": 2}}]
    [block] = fan_out(REGISTRY, calls)
    assert block["is_error"] is True
    assert block["content"].startswith("TypeError:")


def test_duplicate_calls_run_once():
    seen = []

    def ping(host):
        seen.append(host)
        return f"pong {host}"

    calls = [{"id": str(n), "name": "ping", "arguments": {"host": "h"}} for n in range(3)]
    results = fan_out({"ping": ping}, calls)
    assert seen == ["h"]
    assert [block["tool_use_id"] for block in results] == ["0", "1", "2"]
    assert all(block["content"] == "pong h" for block in results)


def test_summarize():
    results = [{"content": "a"}, {"content": "b", "is_error": True}, {"content": "c"}]
    assert summarize(results) == {"ok": 2, "error": 1}
