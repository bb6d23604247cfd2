from schema_coerce import coerce_arguments

SCHEMA = {
    "type": "object",
    "properties": {
        "path": {"type": "string"},
        "lines": {"type": "integer"},
        "scale": {"type": "number"},
        "recursive": {"type": "boolean"},
        "ids": {"type": "array"},
        "extra": {},
    },
    "required": ["path"],
}


def _errors_for(name, value):
    result = coerce_arguments(SCHEMA, {"path": "/tmp", name: value})
    assert result.arguments.get("path") == "/tmp"
    assert name not in result.arguments
    return result.errors


def test_list_for_a_number():
    errors = _errors_for("scale", [1.5])
    assert len(errors) == 1 and "scale" in errors[0]


def test_object_for_an_integer():
    errors = _errors_for("lines", {"value": 3})
    assert len(errors) == 1 and "lines" in errors[0]


def test_scalar_for_an_array():
    assert len(_errors_for("ids", 7)) == 1
    assert len(_errors_for("ids", None)) == 1
    assert len(_errors_for("ids", "5")) == 1
    assert len(_errors_for("ids", "[1, 2")) == 1


def test_one_bad_argument_does_not_stop_the_others():
    result = coerce_arguments(SCHEMA, '{"path": "/a", "lines": null, "scale": "2", "ids": "[3]"}')
    assert result.arguments == {"path": "/a", "scale": 2.0, "ids": [3]}
    assert len(result.errors) == 1 and "lines" in result.errors[0]


def test_integer_rules():
    assert coerce_arguments(SCHEMA, {"path": "p", "lines": "40"}).arguments["lines"] == 40
    assert coerce_arguments(SCHEMA, {"path": "p", "lines": 7.0}).arguments["lines"] == 7
    assert len(_errors_for("lines", 2.5)) == 1
    assert len(_errors_for("lines", True)) == 1


def test_boolean_words_and_garbage():
    assert coerce_arguments(SCHEMA, {"path": "p", "recursive": " Yes "}).arguments["recursive"]
    assert coerce_arguments(SCHEMA, {"path": "p", "recursive": 0}).arguments["recursive"] is False
    assert len(_errors_for("recursive", "maybe")) == 1


def test_unknown_and_untyped_arguments():
    result = coerce_arguments(SCHEMA, {"path": "p", "colour": "red", "extra": [1]})
    assert result.errors == ["unknown argument 'colour'"]
    assert result.arguments == {"path": "p", "extra": [1]}


def test_empty_and_non_object_arguments():
    assert coerce_arguments(SCHEMA, "").errors == ["missing required argument 'path'"]
    assert coerce_arguments(SCHEMA, "[1, 2]").errors == ["arguments must be a JSON object"]
