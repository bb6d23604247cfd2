from tool_schema_validate import validate_arguments

SEARCH = {
    "type": "object",
    "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}},
    "required": ["query"],
    "additionalProperties": False,
}


def test_valid_arguments():
    assert validate_arguments(SEARCH, {"query": "x", "limit": 5}) == []


def test_wrong_type():
    assert validate_arguments(SEARCH, {"query": "x", "limit": "5"}) == [
        "argument 'limit' should be of type integer"
    ]


def test_unexpected_argument():
    assert validate_arguments(SEARCH, {"query": "x", "page": 2}) == ["unexpected argument 'page'"]


def test_missing_query():
    assert validate_arguments(SEARCH, {"limit": 5}) == ["missing required argument 'query'"]
