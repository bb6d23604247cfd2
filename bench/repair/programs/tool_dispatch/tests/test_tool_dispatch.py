import pytest

from toolhub import ToolRegistry, UnknownTool


def add(a, b):
    return a + b


def now():
    return "2024-05-01T12:00:00Z"


@pytest.fixture
def registry():
    reg = ToolRegistry()
    reg.register(add)
    reg.register(now, name="clock")
    return reg


def test_names(registry):
    assert registry.names() == ["add", "clock"]


def test_dispatch_with_dict_arguments(registry):
    msg = registry.dispatch({"id": "c1", "name": "add", "arguments": {"a": 2, "b": 3}})
    assert msg == {"role": "tool", "tool_call_id": "c1", "content": "5"}


def test_unknown_tool(registry):
    with pytest.raises(UnknownTool):
        registry.dispatch({"id": "c2", "name": "rm", "arguments": {}})


def test_dispatch_openai_style_call(registry):
    call = {"id": "call_9", "name": "add", "arguments": '{"a": 40, "b": 2}'}
    assert registry.dispatch(call)["content"] == "42"


def test_tool_without_arguments(registry):
    call = {"id": "call_10", "name": "clock", "arguments": None}
    assert registry.dispatch(call)["content"] == "2024-05-01T12:00:00Z"
