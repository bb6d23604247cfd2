from typing import Literal

from signature_tool_schema import param_docs, tool_schema, type_schema


def get_weather(city: str, units: Literal["metric", "imperial"] = "metric") -> str:
    """Current weather for a city.

    Args:
        city: City name, e.g. "Lisbon".
        units: Unit system for temperatures.
    """
    return city


def test_primitive_and_container_types():
    assert type_schema(int) == {"type": "integer"}
    assert type_schema(list[str]) == {"type": "array", "items": {"type": "string"}}
    assert type_schema(float | None) == {"type": "number"}


def test_google_style_arg_docs():
    docs = param_docs(get_weather.__doc__ or "")
    assert docs == {"city": 'City name, e.g. "Lisbon".', "units": "Unit system for temperatures."}


def test_name_and_summary():
    schema = tool_schema(get_weather)
    assert schema["name"] == "get_weather"
    assert schema["description"] == "Current weather for a city."


def test_weather_tool_parameters():
    assert tool_schema(get_weather)["parameters"] == {
        "type": "object",
        "properties": {
            "city": {"type": "string", "description": 'City name, e.g. "Lisbon".'},
            "units": {"type": "string", "enum": ["metric", "imperial"],
                      "description": "Unit system for temperatures.", "default": "metric"},
        },
        "required": ["city"],
    }
