import pytest
from tool_call_fragments import ToolCall, ToolCallAssembler


def fragment(index, id=None, name=None, arguments=None):
    function = {}
    if name is not None:
        function["name"] = name
    if arguments is not None:
        function["arguments"] = arguments
    frag = {"index": index, "function": function}
    if id is not None:
        frag["id"] = id
    return {"tool_calls": [frag]}


def test_single_call_split_arguments():
    stream = ToolCallAssembler()
    stream.feed(fragment(0, id="call_1", name="get_weather", arguments=""))
    stream.feed(fragment(0, arguments='{"city": "Par'))
    stream.feed(fragment(0, arguments='is", "unit": "C"}'))
    assert stream.finish() == [ToolCall("call_1", "get_weather", {"city": "Paris", "unit": "C"})]


def test_content_before_tool_call():
    stream = ToolCallAssembler()
    stream.feed({"role": "assistant", "content": "Let me check."})
    stream.feed(fragment(0, id="call_9", name="search", arguments='{"q": "x"}'))
    assert stream.text == "Let me check."
    assert [call.name for call in stream.finish()] == ["search"]


def test_call_without_parameters():
    stream = ToolCallAssembler()
    stream.feed(fragment(0, id="call_2", name="get_time", arguments=""))
    assert stream.finish() == [ToolCall("call_2", "get_time", {})]


def test_malformed_arguments():
    stream = ToolCallAssembler()
    stream.feed(fragment(0, id="call_3", name="write_file", arguments='{"path": '))
    with pytest.raises(ValueError, match="write_file"):
        stream.finish()


def test_no_tool_calls():
    stream = ToolCallAssembler()
    stream.feed({"content": "Hello"})
    assert stream.finish() == []
