import pytest

from nested_arg_paths import check_call, validate

EDIT_FILE = {
    "type": "object",
    "properties": {
        "path": {"type": "string"},
        "edits": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "old_text": {"type": "string"},
                    "new_text": {"type": "string"},
                    "count": {"type": "integer"},
                },
                "required": ["old_text", "new_text"],
            },
        },
        "options": {
            "type": "object",
            "properties": {
                "tags": {"type": "array", "items": {"type": "string"}},
                "retry": {
                    "type": "object",
                    "properties": {"count": {"type": "integer"}},
                },
            },
        },
    },
    "required": ["path", "edits"],
}


def test_fields_inside_array_items():
    args = {
        "path": "a.py",
        "edits": [
            {"old_text": "x", "new_text": "y", "count": "2"},
            {"old_text": "z"},
        ],
    }
    assert validate(args, EDIT_FILE) == [
        ("edits[0].count", "expected integer, got str"),
        ("edits[1].new_text", "is required"),
    ]


def test_item_of_wrong_type_inside_array():
    args = {"path": "a.py", "edits": [{"old_text": "a", "new_text": "b"}, "oops"]}
    assert validate(args, EDIT_FILE) == [("edits[1]", "expected object, got str")]


def test_array_nested_in_object():
    args = {"path": "a", "edits": [{"old_text": "a", "new_text": "b"}],
            "options": {"tags": ["x", "y", None]}}
    assert validate(args, EDIT_FILE) == [("options.tags[2]", "expected string, got NoneType")]


def test_object_nested_in_object():
    args = {"path": "a", "edits": [{"old_text": "a", "new_text": "b"}],
            "options": {"retry": {"count": 1.5}}}
    assert validate(args, EDIT_FILE) == [("options.retry.count", "expected integer, got float")]


def test_nested_arrays():
    spec = {"type": "object", "properties": {
        "grid": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}}}}
    assert validate({"grid": [[1, 2.5], [3, "4"], [True]]}, spec) == [
        ("grid[1][1]", "expected number, got str"),
        ("grid[2][0]", "expected number, got bool"),
    ]


def test_root_array_paths():
    spec = {"type": "array", "items": {"type": "integer"}}
    assert validate([1, "x", 3, None], spec) == [
        ("[1]", "expected integer, got str"),
        ("[3]", "expected integer, got NoneType"),
    ]
    assert validate("nope", spec) == [("", "expected array, got str")]


def test_min_items_reported_on_the_array_itself():
    assert validate({"path": "a", "edits": []}, EDIT_FILE) == [
        ("edits", "needs at least 1 items")
    ]


def test_check_call_message_lists_nested_paths():
    with pytest.raises(ValueError) as info:
        check_call({"path": "a", "edits": [{"new_text": "b"}]}, EDIT_FILE)
    assert "edits[0].old_text: is required" in str(info.value)
    with pytest.raises(ValueError) as info:
        check_call(["not", "an", "object"], EDIT_FILE)
    assert "<root>: expected object, got list" in str(info.value)
