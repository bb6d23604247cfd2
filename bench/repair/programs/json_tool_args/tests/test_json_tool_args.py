import pytest

from json_tool_args import ToolCall, ToolCallParseError, parse_tool_call, strip_fence


def test_strip_fence():
    assert strip_fence('```json\n{"a": 1}\n```') == '{"a": 1}'
    assert strip_fence('  {"a": 1} ') == '{"a": 1}'


def test_tool_without_arguments():
    assert parse_tool_call('{"name": "list_files"}') == ToolCall("list_files", {})


def test_not_json():
    with pytest.raises(ToolCallParseError):
        parse_tool_call("I will now call the search tool")


def test_fenced_call_with_arguments():
    reply = '```json\n{"name": "search", "arguments": {"query": "rate limits", "k": 3}}\n```'
    assert parse_tool_call(reply) == ToolCall("search", {"query": "rate limits", "k": 3})
