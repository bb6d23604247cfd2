import json

import pytest

from tool_arg_defaults import ToolArgumentError, ToolSpec, call_arguments, tool_result_message

READ_FILE = ToolSpec(
    name="read_file",
    parameters={
        "type": "object",
        "properties": {
            "path": {"type": "string"},
            "encoding": {"type": "string", "default": "utf-8"},
            "max_bytes": {"type": "integer", "default": 65536},
        },
        "required": ["path"],
    },
)


def tool_call(name, arguments, call_id="call_1"):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_defaults_filled_in():
    call = tool_call("read_file", json.dumps({"path": "README.md"}))
    assert call_arguments(call, READ_FILE) == {
        "path": "README.md", "encoding": "utf-8", "max_bytes": 65536,
    }


def test_given_value_overrides_default():
    call = tool_call("read_file", json.dumps({"path": "a.bin", "max_bytes": 10}))
    assert call_arguments(call, READ_FILE)["max_bytes"] == 10


def test_missing_required_argument():
    call = tool_call("read_file", json.dumps({"encoding": "latin-1"}))
    with pytest.raises(ToolArgumentError, match="path"):
        call_arguments(call, READ_FILE)


def test_call_for_another_tool():
    with pytest.raises(ToolArgumentError):
        call_arguments(tool_call("write_file", "{}"), READ_FILE)


def test_result_message():
    call = tool_call("read_file", "{}", call_id="call_9")
    assert tool_result_message(call, {"lines": 3}) == {
        "role": "tool", "tool_call_id": "call_9", "content": '{"lines": 3}',
    }
    assert tool_result_message(call, "plain text")["content"] == "plain text"
