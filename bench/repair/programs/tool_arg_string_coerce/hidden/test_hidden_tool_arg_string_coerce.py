import pytest

from tool_arg_string_coerce import coerce_arguments, coerce_value

PROPS = {
    "path": {"type": "string"},
    "line": {"type": "integer"},
    "ratio": {"type": "number"},
    "recursive": {"type": "boolean"},
    "globs": {"type": "array"},
    "env": {"type": "object"},
}


def test_json_object_value():
    assert coerce_value('{"A": "1", "B": 2}', "object") == {"A": "1", "B": 2}
    assert coerce_value('  {"k": [1, 2]}  ', "object") == {"k": [1, 2]}


def test_json_of_the_wrong_shape_is_left_alone():
    assert coerce_value('{"a": 1}', "array") == '{"a": 1}'
    assert coerce_value("[1, 2]", "object") == "[1, 2]"


def test_malformed_json_is_left_alone():
    assert coerce_value("[1, 2", "array") == "[1, 2"
    assert coerce_value("{oops}", "object") == "{oops}"


def test_nested_json_list():
    assert coerce_value(' [[1, 2], ["x"]] ', "array") == [[1, 2], ["x"]]


def test_arguments_as_json_string():
    raw = '{"path": "lib", "line": "3", "ratio": "0.5", "globs": "[\\"*.c\\", \\"*.h\\"]"}'
    assert coerce_arguments(raw, PROPS) == {
        "path": "lib", "line": 3, "ratio": 0.5, "globs": ["*.c", "*.h"]
    }


def test_empty_argument_string():
    assert coerce_arguments("", PROPS) == {}
    assert coerce_arguments("   ", PROPS) == {}


def test_non_object_argument_string_rejected():
    with pytest.raises(ValueError):
        coerce_arguments("[1, 2, 3]", PROPS)
    with pytest.raises(ValueError):
        coerce_arguments("not json", PROPS)


def test_values_that_are_already_typed():
    args = {"line": 4, "recursive": False, "globs": ["a"], "env": {"X": "1"}, "ratio": 1}
    out = coerce_arguments(args, PROPS)
    assert out == {"line": 4, "recursive": False, "globs": ["a"], "env": {"X": "1"}, "ratio": 1.0}
    assert isinstance(out["ratio"], float)


def test_strings_stay_strings():
    assert coerce_value(" 12 ", "string") == " 12 "
    assert coerce_arguments({"path": "[1]"}, PROPS) == {"path": "[1]"}
