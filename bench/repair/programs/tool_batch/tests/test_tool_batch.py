import json

import pytest

from tool_batch import ToolBatch, ToolError


def read_file(path):
    files = {"notes.txt": "buy milk"}
    if path not in files:
        raise ToolError(f"no such file: {path}")
    return files[path]


def call(call_id, name, arguments):
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments)
    return {"id": call_id, "type": "function",
            "function": {"name": name, "arguments": arguments}}


@pytest.fixture
def batch():
    return ToolBatch({"read_file": read_file, "now": lambda: "12:00"})


def test_successful_calls_in_order(batch):
    message = {"role": "assistant", "tool_calls": [
        call("c1", "read_file", {"path": "notes.txt"}), call("c2", "now", "")]}
    results = batch.run(message)
    assert [r["tool_call_id"] for r in results] == ["c1", "c2"]
    assert [r["content"] for r in results] == ["buy milk", "12:00"]


def test_message_without_tool_calls(batch):
    assert batch.run({"role": "assistant", "content": "hi", "tool_calls": None}) == []


def test_tool_error_becomes_error_result(batch):
    [result] = batch.run({"tool_calls": [call("c1", "read_file", {"path": "x"})]})
    assert result["is_error"]
    assert "no such file" in result["content"]
    assert batch.errors == 1


def test_unknown_tool(batch):
    [result] = batch.run({"tool_calls": [call("c9", "delete_all", {})]})
    assert result["is_error"] and result["tool_call_id"] == "c9"


def test_malformed_arguments_do_not_abort_the_turn(batch):
    message = {"tool_calls": [call("c1", "read_file", '{"path": "notes.txt"'),
                              call("c2", "now", "{}")]}
    first, second = batch.run(message)
    assert first["is_error"] and first["tool_call_id"] == "c1"
    assert second["content"] == "12:00"
    assert batch.errors == 1
