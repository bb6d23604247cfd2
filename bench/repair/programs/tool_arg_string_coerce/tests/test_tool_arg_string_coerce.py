from tool_arg_string_coerce import coerce_arguments, coerce_value

PROPS = {
    "path": {"type": "string"},
    "line": {"type": "integer"},
    "ratio": {"type": "number"},
    "recursive": {"type": "boolean"},
    "globs": {"type": "array"},
}


def test_integers_from_strings():
    assert coerce_value("42", "integer") == 42
    assert coerce_value(" 7 ", "integer") == 7
    assert coerce_value("3.0", "integer") == 3
    assert coerce_value("3.5", "integer") == "3.5"
    assert coerce_value("seven", "integer") == "seven"


def test_booleans_from_words():
    assert coerce_value("true", "boolean") is True
    assert coerce_value("No", "boolean") is False
    assert coerce_value("maybe", "boolean") == "maybe"


def test_numbers():
    assert coerce_value("0.25", "number") == 0.25
    assert coerce_value(2, "number") == 2.0
    assert isinstance(coerce_value(2, "number"), float)


def test_comma_separated_list():
    assert coerce_value("*.py, *.md", "array") == ["*.py", "*.md"]


def test_json_list():
    assert coerce_value('["a.py", "b.py"]', "array") == ["a.py", "b.py"]


def test_coerce_arguments_dict():
    args = {"path": "src", "line": "12", "recursive": "yes", "extra": "1"}
    assert coerce_arguments(args, PROPS) == {
        "path": "src", "line": 12, "recursive": True, "extra": "1"
    }
