from tool_args_schema_check import check_tool_call, check_value

WEATHER = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "days": {"type": "integer", "minimum": 1},
        "metric": {"type": "boolean"},
    },
    "required": ["city"],
    "additionalProperties": False,
}
OPTIONAL_ONLY = {"type": "object", "properties": {"verbose": {"type": "boolean"}}}


def test_null_arguments():
    assert check_tool_call(None, OPTIONAL_ONLY) == []


def test_no_arguments_still_reports_required():
    assert check_tool_call(None, WEATHER) == ["$.city: required"]
    assert check_tool_call("", WEATHER) == ["$.city: required"]


def test_empty_object_text():
    assert check_tool_call("{}", OPTIONAL_ONLY) == []


def test_extra_property_rejected():
    errors = check_tool_call('{"city": "Oslo", "units": "C"}', WEATHER)
    assert errors == ["$.units: unexpected"]


def test_boolean_is_not_an_integer():
    assert check_tool_call('{"city": "Oslo", "days": true}', WEATHER) == [
        "$.days: expected integer"
    ]


def test_below_minimum():
    assert check_tool_call('{"city": "Oslo", "days": 0}', WEATHER) == ["$.days: must be >= 1"]


def test_arguments_must_be_an_object():
    assert check_tool_call('["Oslo"]', WEATHER) == ["$: expected object"]


def test_nested_paths():
    schema = {
        "type": "object",
        "properties": {"points": {"type": "array", "items": {
            "type": "object", "properties": {"x": {"type": "number"}}, "required": ["x"]}}},
    }
    assert check_value({"points": [{"x": 1.5}, {}, {"x": "2"}]}, schema) == [
        "$.points[1].x: required",
        "$.points[2].x: expected number",
    ]


def test_invalid_json_not_swallowed():
    errors = check_tool_call("{city: Oslo}", WEATHER)
    assert len(errors) == 1 and errors[0].startswith("$: invalid JSON")
