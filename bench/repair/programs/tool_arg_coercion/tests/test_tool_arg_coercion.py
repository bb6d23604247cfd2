import json

import pytest

from tool_arg_coercion import COERCERS, ArgumentError, coerce_arguments

READ_FILE = {
    "type": "object",
    "properties": {
        "path": {"type": "string"},
        "limit": {"type": "integer", "default": 200},
        "follow_links": {"type": "boolean"},
    },
    "required": ["path"],
}


def tool_call(arguments):
    return {"id": "call_1", "type": "function",
            "function": {"name": "read_file", "arguments": json.dumps(arguments)}}


def test_coercers():
    assert COERCERS["integer"]("42") == 42
    assert COERCERS["boolean"]("yes") is True
    assert COERCERS["array"]("a, b") == ["a", "b"]


def test_strings_from_the_model_are_converted():
    call = tool_call({"path": "notes.md", "limit": "50", "follow_links": "false"})
    assert coerce_arguments(call, READ_FILE) == {
        "path": "notes.md", "limit": 50, "follow_links": False}


def test_default_filled_in():
    assert coerce_arguments(tool_call({"path": "a.txt"}), READ_FILE) == {
        "path": "a.txt", "limit": 200}


def test_missing_required_argument():
    with pytest.raises(ArgumentError, match="path"):
        coerce_arguments(tool_call({"limit": 5}), READ_FILE)
