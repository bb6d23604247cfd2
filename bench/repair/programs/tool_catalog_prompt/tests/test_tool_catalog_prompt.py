from tool_catalog_prompt import describe_tool, tool_catalog

WEATHER = {
    "name": "get_weather",
    "description": "Current weather for a city.",
    "input_schema": {
        "type": "object",
        "properties": {
            "unit": {"type": "string", "enum": ["c", "f"], "default": "c"},
            "city": {"type": "string", "description": "City name, e.g. Oslo."},
        },
        "required": ["city"],
    },
}

CLOCK = {"name": "now", "description": "The current UTC time.",
         "input_schema": {"type": "object", "properties": {}}}


def test_tool_without_parameters():
    assert describe_tool(CLOCK) == "### now\nThe current UTC time.\nTakes no parameters."


def test_required_parameters_listed_first():
    assert describe_tool(WEATHER) == (
        "### get_weather\n"
        "Current weather for a city.\n"
        "Parameters:\n"
        "- city (string; required): City name, e.g. Oslo.\n"
        "- unit (string; one of: c, f; default: 'c')"
    )


def test_array_parameter():
    tool = {"name": "tag", "input_schema": {
        "type": "object",
        "properties": {"labels": {"type": "array", "items": {"type": "string"}}},
        "required": ["labels"],
    }}
    assert describe_tool(tool).splitlines()[1:] == [
        "Parameters:",
        "- labels (array of string; required)",
    ]


def test_catalog_keeps_tool_order():
    catalog = tool_catalog([WEATHER, CLOCK])
    assert catalog.startswith("## Tools\n")
    assert catalog.index("### get_weather") < catalog.index("### now")
    assert catalog.endswith("Takes no parameters.\n")


def test_empty_catalog():
    assert tool_catalog([]) == ""
