import pytest

from tool_args_literal_fallback import ToolArgumentError, call_arguments, parse_arguments


def test_dict_is_copied():
    raw = {"path": "a.txt"}
    parsed = parse_arguments(raw)
    assert parsed == {"path": "a.txt"}
    assert parsed is not raw


def test_json_string():
    assert parse_arguments('{"path": "a.txt", "lines": [1, 2]}') == {"path": "a.txt", "lines": [1, 2]}


def test_python_literal():
    assert parse_arguments("{'path': 'a.txt', 'recursive': True}") == {"path": "a.txt", "recursive": True}


def test_empty_means_no_arguments():
    assert parse_arguments("") == {}
    assert parse_arguments("   ") == {}


def test_list_is_rejected():
    with pytest.raises(ToolArgumentError):
        parse_arguments("[1, 2, 3]")


def test_prose_is_rejected():
    with pytest.raises(ToolArgumentError):
        parse_arguments("I will now read the file a.txt")


def test_call_record():
    call = {"id": "c1", "function": {"name": "read", "arguments": '{"path": "b.md"}'}}
    assert call_arguments(call) == {"path": "b.md"}
