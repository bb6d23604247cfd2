import json

import pytest

from tool_namespacing import MAX_NAME, Route, ToolNamespace, exposed_name


def test_json_string_arguments_with_nesting():
    tools = ToolNamespace()
    tools.register("db", [{"name": "query"}])
    arguments = {"sql": "select 1", "params": [1, "two"], "options": {"timeout": 3}}
    call = {"id": "x", "name": "db__query", "arguments": json.dumps(arguments)}
    assert tools.route(call) == Route("db", "query", arguments)


def test_empty_or_missing_arguments():
    tools = ToolNamespace()
    tools.register("clock", [{"name": "now"}])
    assert tools.route({"id": "a", "name": "clock__now", "arguments": ""}).arguments == {}
    assert tools.route({"id": "b", "name": "clock__now"}).arguments == {}
    assert tools.route({"id": "c", "name": "clock__now", "arguments": "{}"}).arguments == {}


def test_json_string_that_is_not_an_object():
    tools = ToolNamespace()
    tools.register("clock", [{"name": "now"}])
    with pytest.raises(TypeError):
        tools.route({"id": "a", "name": "clock__now", "arguments": "[1, 2]"})


def test_invalid_json_string_raises_value_error():
    tools = ToolNamespace()
    tools.register("clock", [{"name": "now"}])
    with pytest.raises(ValueError):
        tools.route({"id": "a", "name": "clock__now", "arguments": '{"tz": '})


def test_long_and_odd_names_route_back():
    tools = ToolNamespace()
    server = "github.com/acme/" + "x" * 60
    tools.register(server, [{"name": "open issue"}, {"name": "close issue"}])
    names = [tool["name"] for tool in tools.tools()]
    assert all(len(name) <= MAX_NAME for name in names)
    assert len(set(names)) == 2
    call = {"id": "q", "name": names[1], "arguments": '{"number": 12}'}
    assert tools.route(call) == Route(server, "close issue", {"number": 12})


def test_clash_is_rejected():
    tools = ToolNamespace()
    tools.register("a.b", [{"name": "t"}])
    with pytest.raises(ValueError):
        tools.register("a_b", [{"name": "t"}])
    assert exposed_name("a.b", "t") == "a_b__t"


def test_string_result_passes_through():
    tools = ToolNamespace()
    call = {"id": "r", "name": "anything", "arguments": "{}"}
    assert tools.result_message(call, "done")["content"] == "done"
