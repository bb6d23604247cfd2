import json

import pytest

from tool_args_literal_fallback import ToolArgumentError, call_arguments, parse_arguments


def test_truncated_python_literal_is_rejected():
    with pytest.raises(ToolArgumentError):
        parse_arguments("{'query': 'weather in Par")


def test_truncated_json_is_rejected():
    with pytest.raises(ToolArgumentError):
        parse_arguments('{"query": "weather", "days": ')


def test_bare_name_is_rejected():
    with pytest.raises(ToolArgumentError):
        parse_arguments("undefined_variable")


def test_unknown_names_inside_literal_are_rejected():
    with pytest.raises(ToolArgumentError):
        parse_arguments("{'when': now()}")


def test_double_encoded_json():
    inner = json.dumps({"city": "Oslo", "units": None})
    assert parse_arguments(json.dumps(inner)) == {"city": "Oslo", "units": None}


def test_none_and_missing_arguments():
    assert parse_arguments(None) == {}
    assert call_arguments({"function": {"name": "ping"}}) == {}
    assert call_arguments({}) == {}


def test_non_string_payload_rejected():
    with pytest.raises(ToolArgumentError):
        parse_arguments(42)


def test_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_arguments("{'a': 1,, }")


def test_python_literal_with_none_and_numbers():
    assert parse_arguments("  {'limit': 5, 'offset': None, 'ratio': 0.5}  ") == {
        "limit": 5, "offset": None, "ratio": 0.5}
