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


def test_parallel_calls_one_without_arguments():
    stream = ToolCallAssembler()
    stream.feed(fragment(1, id="call_b", name="list_files"))
    stream.feed(fragment(0, id="call_a", name="read", arguments='{"pa'))
    stream.feed(fragment(0, arguments='th": "a.txt"}'))
    assert stream.finish() == [
        ToolCall("call_a", "read", {"path": "a.txt"}),
        ToolCall("call_b", "list_files", {}),
    ]


def test_arguments_key_never_sent():
    stream = ToolCallAssembler()
    stream.feed({"tool_calls": [{"index": 0, "id": "c1", "function": {"name": "ping"}}]})
    stream.feed({"content": None, "tool_calls": None})
    assert stream.finish() == [ToolCall("c1", "ping", {})]


def test_null_arguments_fragment():
    stream = ToolCallAssembler()
    stream.feed(fragment(0, id="c2", name="now"))
    stream.feed({"tool_calls": [{"index": 0, "function": {"arguments": None}}]})
    assert stream.finish() == [ToolCall("c2", "now", {})]


def test_arguments_must_be_object():
    stream = ToolCallAssembler()
    stream.feed(fragment(0, id="c3", name="sum", arguments="[1, 2]"))
    with pytest.raises(ValueError, match="not an object"):
        stream.finish()


def test_truncated_arguments_still_rejected():
    stream = ToolCallAssembler()
    stream.feed(fragment(0, id="c4", name="edit", arguments='{"line": 3'))
    with pytest.raises(ValueError, match="edit"):
        stream.finish()
