from schema_coerce import coerce_arguments

SEARCH = {
    "type": "object",
    "properties": {
        "query": {"type": "string"},
        "limit": {"type": "integer"},
        "min_score": {"type": "number"},
        "exact": {"type": "boolean"},
        "tags": {"type": "array"},
    },
    "required": ["query"],
}


def test_stringly_typed_arguments_are_coerced():
    result = coerce_arguments(SEARCH, '{"query": "cats", "limit": "5", "min_score": "0.25"}')
    assert result.ok
    assert result.arguments == {"query": "cats", "limit": 5, "min_score": 0.25}


def test_boolean_and_array_from_strings():
    result = coerce_arguments(SEARCH, {"query": "x", "exact": "false", "tags": '["a", "b"]'})
    assert result.arguments["exact"] is False
    assert result.arguments["tags"] == ["a", "b"]


def test_missing_required_argument():
    result = coerce_arguments(SEARCH, {"limit": 3})
    assert not result.ok
    assert result.errors == ["missing required argument 'query'"]


def test_arguments_that_are_not_json():
    result = coerce_arguments(SEARCH, '{"query": "cats",')
    assert not result.ok
    assert result.errors[0].startswith("arguments are not valid JSON")


def test_word_for_an_integer_is_reported():
    result = coerce_arguments(SEARCH, {"query": "cats", "limit": "five"})
    assert not result.ok
    assert "limit" in result.errors[0]


def test_null_for_an_integer_is_reported():
    result = coerce_arguments(SEARCH, '{"query": "cats", "limit": null}')
    assert not result.ok
    assert "limit" in result.errors[0]
    assert result.arguments == {"query": "cats"}
