import pytest

from nested_arg_paths import check_call, validate

READ_FILES = {
    "type": "object",
    "properties": {
        "paths": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "encoding": {"type": "string", "enum": ["utf-8", "latin-1"]},
        "limit": {"type": "integer"},
    },
    "required": ["paths"],
    "additionalProperties": False,
}


def test_valid_arguments_have_no_errors():
    assert validate({"paths": ["a.py", "b.py"], "limit": 10}, READ_FILES) == []


def test_missing_required_argument():
    assert validate({"limit": 5}, READ_FILES) == [("paths", "is required")]


def test_wrong_scalar_type():
    assert validate({"paths": ["a.py"], "limit": "10"}, READ_FILES) == [
        ("limit", "expected integer, got str")
    ]


def test_enum_value():
    errors = validate({"paths": ["a.py"], "encoding": "ascii"}, READ_FILES)
    assert errors == [("encoding", "must be one of 'utf-8', 'latin-1'")]


def test_unknown_argument_rejected():
    assert validate({"paths": ["a.py"], "mode": "r"}, READ_FILES) == [("mode", "is not allowed")]


def test_bad_array_item_is_located():
    assert validate({"paths": ["a.py", 3]}, READ_FILES) == [
        ("paths[1]", "expected string, got int")
    ]


def test_check_call_summarises_errors():
    with pytest.raises(ValueError) as info:
        check_call({"paths": []}, READ_FILES)
    assert "paths: needs at least 1 items" in str(info.value)
    assert check_call({"paths": ["x"]}, READ_FILES) == {"paths": ["x"]}
