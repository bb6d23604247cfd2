from tool_schema_validate import validate_arguments


def test_multiple_required():
    schema = {"properties": {"a": {"type": "number"}, "b": {"type": "boolean"}}, "required": ["a", "b"]}
    assert validate_arguments(schema, {}) == [
        "missing required argument 'a'",
        "missing required argument 'b'",
    ]
    assert validate_arguments(schema, {"a": 1.5, "b": True}) == []


def test_bool_is_not_integer():
    schema = {"properties": {"n": {"type": "integer"}}, "required": []}
    assert validate_arguments(schema, {"n": True}) == ["argument 'n' should be of type integer"]


def test_no_required_key_and_extra_allowed():
    schema = {"properties": {"x": {"type": "array"}}}
    assert validate_arguments(schema, {"y": 1}) == []
    assert validate_arguments(schema, {"x": {}}) == ["argument 'x' should be of type array"]
