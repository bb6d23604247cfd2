import json

import pytest

from tool_arg_coercion import ArgumentError, coerce_arguments

SEARCH = {
    "type": "object",
    "properties": {
        "query": {"type": "string"},
        "top_k": {"type": "integer", "default": 5},
        "min_score": {"type": "number"},
        "tags": {"type": "array", "default": []},
        "exact": {"type": "boolean", "default": False},
        "filters": {"type": "object"},
    },
    "required": ["query"],
}


def call(arguments):
    return {"id": "call_9", "type": "function",
            "function": {"name": "search", "arguments": json.dumps(arguments)}}


def test_every_type_coerced():
    result = coerce_arguments(
        call({"query": 123, "top_k": 3.0, "min_score": "0.5", "tags": "x,y , z",
              "exact": "TRUE", "filters": {"lang": "en"}}), SEARCH)
    assert result == {"query": "123", "top_k": 3, "min_score": 0.5, "tags": ["x", "y", "z"],
                      "exact": True, "filters": {"lang": "en"}}


def test_unknown_arguments_dropped():
    result = coerce_arguments(call({"query": "q", "verbose": True}), SEARCH)
    assert result == {"query": "q", "top_k": 5, "tags": [], "exact": False}


def test_array_given_as_json_text():
    result = coerce_arguments(call({"query": "q", "tags": '["a,b", "c"]'}), SEARCH)
    assert result["tags"] == ["a,b", "c"]


def test_bad_values_reported_with_the_argument_name():
    with pytest.raises(ArgumentError, match="top_k"):
        coerce_arguments(call({"query": "q", "top_k": 2.5}), SEARCH)
    with pytest.raises(ArgumentError, match="exact"):
        coerce_arguments(call({"query": "q", "exact": "maybe"}), SEARCH)
    with pytest.raises(ArgumentError, match="min_score"):
        coerce_arguments(call({"query": "q", "min_score": "high"}), SEARCH)


def test_required_name_inside_another_value_still_missing():
    with pytest.raises(ArgumentError, match="query"):
        coerce_arguments(call({"top_k": 1, "tags": ["query"]}), SEARCH)


def test_no_arguments_tool():
    assert coerce_arguments(call({}), {"type": "object", "properties": {}}) == {}
