from tool_args_schema_check import check_tool_call

SEARCH = {
    "type": "object",
    "properties": {
        "query": {"type": "string"},
        "limit": {"type": "integer", "minimum": 1, "maximum": 50},
        "sort": {"type": "string", "enum": ["relevance", "date"]},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["query"],
}
NO_PARAMETERS = {"type": "object", "properties": {}}


def test_valid_call():
    assert check_tool_call('{"query": "llamas", "limit": 5, "sort": "date"}', SEARCH) == []


def test_missing_required_argument():
    assert check_tool_call('{"limit": 5}', SEARCH) == ["$.query: required"]


def test_wrong_type():
    assert check_tool_call('{"query": 42}', SEARCH) == ["$.query: expected string"]


def test_enum_and_range():
    errors = check_tool_call('{"query": "x", "limit": 99, "sort": "stars"}', SEARCH)
    assert errors == ["$.limit: must be <= 50", "$.sort: must be one of ['relevance', 'date']"]


def test_array_items():
    errors = check_tool_call('{"query": "x", "tags": ["a", 3]}', SEARCH)
    assert errors == ["$.tags[1]: expected string"]


def test_broken_json():
    errors = check_tool_call('{"query": "x"', SEARCH)
    assert len(errors) == 1 and errors[0].startswith("$: invalid JSON")


def test_tool_without_parameters_called_with_no_arguments():
    assert check_tool_call("", NO_PARAMETERS) == []
