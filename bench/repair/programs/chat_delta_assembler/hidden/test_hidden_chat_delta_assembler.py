import json

from chat_delta_assembler import DeltaAssembler


def chunk(delta, index=0, finish=None):
    return {"choices": [{"index": index, "delta": delta, "finish_reason": finish}]}


def tool_piece(index, id=None, name=None, arguments=None):
    piece = {"index": index, "function": {}}
    if id:
        piece["id"] = id
    if name is not None:
        piece["function"]["name"] = name
    if arguments is not None:
        piece["function"]["arguments"] = arguments
    return piece


def test_parallel_tool_calls_interleaved():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, "c0", "ls", ""), tool_piece(1, "c1", "cat", "")]}))
    asm.add_chunk(chunk({"tool_calls": [tool_piece(1, arguments='{"f": ')]}))
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, arguments='{"d": "."}')]}))
    asm.add_chunk(chunk({"tool_calls": [tool_piece(1, arguments='"x"}')]}))
    calls = asm.message()["tool_calls"]
    assert [c["id"] for c in calls] == ["c0", "c1"]
    assert [c["function"]["name"] for c in calls] == ["ls", "cat"]
    assert json.loads(calls[0]["function"]["arguments"]) == {"d": "."}
    assert json.loads(calls[1]["function"]["arguments"]) == {"f": "x"}


def test_single_tool_call_in_one_piece():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, "only", "now", "{}")]}))
    assert asm.message()["tool_calls"] == [
        {"id": "only", "type": "function", "function": {"name": "now", "arguments": "{}"}}]


def test_name_arrives_in_pieces():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, "c", "web_")]}))
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, name="search", arguments='{"q":')]}))
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, arguments=' "sse"}')]}))
    call = asm.message()["tool_calls"][0]
    assert call["function"]["name"] == "web_search"
    assert call["function"]["arguments"] == '{"q": "sse"}'


def test_content_and_tool_call_together():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"role": "assistant", "content": "Let me look."}))
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, "c9", "grep", '{"p": 1}')]}, finish="tool_calls"))
    msg = asm.message()
    assert msg["content"] == "Let me look."
    assert msg["tool_calls"][0]["function"]["arguments"] == '{"p": 1}'


def test_tool_calls_in_second_choice_only():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"content": "plain"}, index=0))
    asm.add_chunk(chunk({"tool_calls": [tool_piece(0, "z", "f", "[1]")]}, index=1))
    assert "tool_calls" not in asm.message(0)
    assert asm.message(1)["tool_calls"][0]["function"]["arguments"] == "[1]"


def test_null_fields_in_delta():
    asm = DeltaAssembler()
    asm.add_chunk({"choices": [{"index": 0, "delta": {"content": None, "tool_calls": None},
                                "finish_reason": None}]})
    asm.add_chunk(chunk({"content": "x"}, finish="length"))
    assert asm.message() == {"role": "assistant", "content": "x"}
    assert asm.finish_reason() == "length"
