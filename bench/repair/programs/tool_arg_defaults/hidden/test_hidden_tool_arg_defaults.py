import json

import pytest

from tool_arg_defaults import ToolArgumentError, ToolSpec, call_arguments

SEARCH = ToolSpec(
    name="search",
    parameters={
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "filters": {"type": "object"},
            "limit": {"type": "integer", "default": 5},
            "sort": {"type": "string", "default": "relevance"},
        },
        "required": ["query"],
        "additionalProperties": False,
    },
)

NO_PARAMS = ToolSpec(name="now", parameters={"type": "object", "properties": {}})


def tool_call(name, arguments):
    return {"id": "call_x", "type": "function", "function": {"name": name, "arguments": arguments}}


def test_nested_object_argument_kept():
    arguments = {"query": "rust async", "filters": {"lang": ["en", "de"], "year": 2024}}
    result = call_arguments(tool_call("search", json.dumps(arguments)), SEARCH)
    assert result == {**arguments, "limit": 5, "sort": "relevance"}


def test_all_values_given():
    arguments = {"query": "q", "limit": 1, "sort": "date"}
    assert call_arguments(tool_call("search", json.dumps(arguments)), SEARCH) == arguments


def test_unexpected_argument_rejected_when_schema_is_closed():
    call = tool_call("search", json.dumps({"query": "x", "page": 2}))
    with pytest.raises(ToolArgumentError, match="page"):
        call_arguments(call, SEARCH)


def test_extra_argument_allowed_when_schema_is_open():
    spec = ToolSpec("echo", {"type": "object", "properties": {"text": {"type": "string"}}})
    call = tool_call("echo", json.dumps({"text": "hi", "volume": 11}))
    assert call_arguments(call, spec) == {"text": "hi", "volume": 11}


def test_required_name_appearing_only_as_a_value():
    call = tool_call("search", json.dumps({"sort": "query"}))
    with pytest.raises(ToolArgumentError, match="query"):
        call_arguments(call, SEARCH)


def test_tool_without_parameters():
    assert call_arguments(tool_call("now", "{}"), NO_PARAMS) == {}
    assert call_arguments(tool_call("now", ""), NO_PARAMS) == {}


def test_unicode_and_whitespace_in_json():
    raw = '{\n  "query" : "caf\\u00e9 \\"latte\\"",\n  "limit": 2\n}'
    result = call_arguments(tool_call("search", raw), SEARCH)
    assert result == {"query": 'café "latte"', "limit": 2, "sort": "relevance"}
