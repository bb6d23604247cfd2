import pytest

from json_tool_args import ToolCall, ToolCallParseError, parse_tool_call


def test_plain_call_with_arguments():
    call = parse_tool_call('{"name": "read_file", "arguments": {"path": "a.txt"}}')
    assert call == ToolCall("read_file", {"path": "a.txt"})


def test_arguments_must_be_object():
    with pytest.raises(ToolCallParseError):
        parse_tool_call('{"name": "x", "arguments": [1, 2]}')


def test_missing_name():
    with pytest.raises(ToolCallParseError):
        parse_tool_call('{"arguments": {}}')


def test_unfenced_nested_arguments():
    call = parse_tool_call('  {"name": "patch", "arguments": {"edits": [{"line": 3}]}}\n')
    assert call.arguments == {"edits": [{"line": 3}]}
