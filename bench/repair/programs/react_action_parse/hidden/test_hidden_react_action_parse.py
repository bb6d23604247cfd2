import json

import pytest

from react_action_parse import Step, parse_args, parse_step


def test_double_encoded_nested_arguments():
    args = {"query": "rust async", "filters": {"year": 2024, "tags": ["a", "b"]}, "limit": 5}
    reply = f"Thought: search\nAction: search\nAction Input: {json.dumps(json.dumps(args))}"
    assert parse_step(reply) == Step("search", "search", args)


def test_double_encoded_with_padding_and_fence():
    assert parse_args('  " {\\"a\\": 1}"  ') == {"a": 1}
    assert parse_args('```json\n"{\\"b\\": [1, 2]}"\n```') == {"b": [1, 2]}


def test_quoted_plain_text_is_not_decoded_twice():
    assert parse_args('"weather in Paris"') == {"input": "weather in Paris"}
    assert parse_args('"[1, 2]"') == {"input": "[1, 2]"}
    assert parse_args('"42"') == {"input": "42"}


def test_other_json_values():
    assert parse_args("[1, 2]") == {"input": [1, 2]}
    assert parse_args("3") == {"input": 3}
    assert parse_args("") == {"input": ""}


def test_fenced_object():
    assert parse_args('```json\n{"path": "/tmp/x"}\n```') == {"path": "/tmp/x"}


def test_first_action_wins_and_tool_name_is_trimmed():
    reply = (
        "Thought: two at once\nAction:   read_file  \nAction Input: \"{\\\"path\\\": \\\"a.txt\\\"}\"\n"
        "Action: write_file\nAction Input: {\"path\": \"b.txt\"}"
    )
    step = parse_step(reply)
    assert (step.tool, step.args) == ("read_file", {"path": "a.txt"})


def test_empty_action_is_an_error():
    with pytest.raises(ValueError):
        parse_step("Thought: hmm\nAction:\nAction Input: {}")
