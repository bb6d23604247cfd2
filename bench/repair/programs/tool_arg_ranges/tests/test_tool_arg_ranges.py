from tool_arg_ranges import ArgError, format_errors, validate_args

WEATHER = {
    "city": {"type": "string", "required": True, "max_length": 40},
    "days": {"type": "integer", "minimum": 1, "maximum": 7},
    "units": {"type": "enum", "choices": ["metric", "imperial"]},
}


def test_valid_arguments():
    assert validate_args({"city": "Oslo", "days": 3, "units": "metric"}, WEATHER) == []


def test_optional_parameters_may_be_left_out():
    assert validate_args({"city": "Oslo"}, WEATHER) == []


def test_out_of_range():
    assert validate_args({"city": "Oslo", "days": 10}, WEATHER) == [
        ArgError("days", "must be <= 7")]


def test_unknown_enum_value():
    errors = validate_args({"city": "Oslo", "units": "kelvin"}, WEATHER)
    assert errors == [ArgError("units", "must be one of: metric, imperial")]


def test_several_problems_reported_together():
    errors = validate_args({"units": "kelvin", "days": 0}, WEATHER)
    assert [error.field for error in errors] == ["city", "days", "units"]


def test_format_for_the_model():
    text = format_errors("get_weather", [ArgError("days", "must be <= 7")])
    assert text == "Invalid arguments for get_weather:\n- days must be <= 7"
