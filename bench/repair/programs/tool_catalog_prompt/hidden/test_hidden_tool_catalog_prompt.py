from tool_catalog_prompt import describe_tool, tool_catalog


def schema(properties, required=()):
    return {"type": "object", "properties": properties, "required": list(required)}


def test_required_order_kept_within_groups():
    tool = {"name": "search", "input_schema": schema({
        "limit": {"type": "integer", "default": 10},
        "query": {"type": "string"},
        "site": {"type": "string"},
        "lang": {"type": ["string", "null"]},
    }, required=["site", "query"])}
    assert describe_tool(tool).splitlines() == [
        "### search",
        "Parameters:",
        "- query (string; required)",
        "- site (string; required)",
        "- limit (integer; default: 10)",
        "- lang (string/null)",
    ]


def test_schema_without_required_list():
    tool = {"name": "ping", "description": "  Check a host.  ",
            "input_schema": {"type": "object", "properties": {"host": {"description": "Name"}}}}
    assert describe_tool(tool) == "### ping\nCheck a host.\nParameters:\n- host (any): Name"


def test_tool_without_schema_or_description():
    assert describe_tool({"name": "noop"}) == "### noop\nTakes no parameters."


def test_nested_arrays_and_enums_of_numbers():
    tool = {"name": "grid", "input_schema": schema({
        "cells": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
        "size": {"type": "integer", "enum": [2, 4, 8]},
    }, required=["cells", "size"])}
    assert describe_tool(tool).splitlines()[1:] == [
        "Parameters:",
        "- cells (array of array of number; required)",
        "- size (integer; required; one of: 2, 4, 8)",
    ]


def test_full_catalog_text():
    tools = [
        {"name": "read_file", "description": "Read a file.",
         "input_schema": schema({"path": {"type": "string"}}, required=["path"])},
        {"name": "list_dir", "input_schema": schema({"path": {"type": "string", "default": "."}})},
    ]
    assert tool_catalog(tools) == (
        "## Tools\n"
        'To call a tool, reply with one JSON object: {"tool": <name>, "input": {<parameters>}}.\n'
        "\n"
        "### read_file\nRead a file.\nParameters:\n- path (string; required)\n"
        "\n"
        "### list_dir\nParameters:\n- path (string; default: '.')\n"
    )
