import pytest

from tool_namespacing import Route, ToolNamespace

READ_FILE = {"name": "read_file", "description": "Read a file.",
             "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}
SEARCH = {"name": "search", "description": "Search the web."}


def namespace():
    tools = ToolNamespace()
    tools.register("fs", [READ_FILE])
    tools.register("web", [SEARCH])
    return tools


def test_tools_are_listed_with_server_prefix():
    listed = namespace().tools()
    assert [tool["name"] for tool in listed] == ["fs__read_file", "web__search"]
    assert listed[0]["description"] == "[fs] Read a file."
    assert listed[0]["parameters"] == READ_FILE["parameters"]


def test_route_call_with_argument_object():
    call = {"id": "c1", "name": "fs__read_file", "arguments": {"path": "README.md"}}
    assert namespace().route(call) == Route("fs", "read_file", {"path": "README.md"})


def test_route_openai_style_call():
    call = {"id": "call_9", "name": "web__search", "arguments": '{"query": "pytest tmp_path"}'}
    assert namespace().route(call) == Route("web", "search", {"query": "pytest tmp_path"})


def test_unknown_tool_name():
    with pytest.raises(KeyError):
        namespace().route({"id": "c2", "name": "read_file", "arguments": {}})


def test_result_message():
    call = {"id": "c3", "name": "web__search", "arguments": {}}
    message = namespace().result_message(call, {"hits": 2})
    assert message == {"role": "tool", "tool_call_id": "c3", "content": '{"hits": 2}'}
