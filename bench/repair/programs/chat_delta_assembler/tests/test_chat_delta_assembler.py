import json

from chat_delta_assembler import DeltaAssembler


def chunk(delta, index=0, finish=None):
    return {"choices": [{"index": index, "delta": delta, "finish_reason": finish}]}


def test_content_deltas_are_concatenated():
    asm = DeltaAssembler()
    for c in [chunk({"role": "assistant", "content": ""}), chunk({"content": "Hel"}),
              chunk({"content": "lo"}), chunk({}, finish="stop")]:
        asm.add_chunk(c)
    assert asm.message() == {"role": "assistant", "content": "Hello"}
    assert asm.finish_reason() == "stop"


def test_choices_are_kept_apart():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"content": "a"}, index=0))
    asm.add_chunk(chunk({"content": "b"}, index=1))
    asm.add_chunk(chunk({"content": "c"}, index=0))
    assert asm.message(0)["content"] == "ac"
    assert asm.message(1)["content"] == "b"


def test_empty_stream():
    asm = DeltaAssembler()
    assert asm.message() == {"role": "assistant", "content": None}
    assert asm.finish_reason() is None


def test_tool_call_streamed_in_pieces():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                         "function": {"name": "read_file", "arguments": ""}}]}))
    for part in ['{"pa', 'th": "a', '.txt"}']:
        asm.add_chunk(chunk({"tool_calls": [{"index": 0, "function": {"arguments": part}}]}))
    asm.add_chunk(chunk({}, finish="tool_calls"))
    call = asm.message()["tool_calls"][0]
    assert call["id"] == "call_1"
    assert call["function"]["name"] == "read_file"
    assert json.loads(call["function"]["arguments"]) == {"path": "a.txt"}
    assert asm.finish_reason() == "tool_calls"


def test_two_tool_calls_in_one_turn():
    asm = DeltaAssembler()
    asm.add_chunk(chunk({"tool_calls": [
        {"index": 0, "id": "a", "function": {"name": "ls", "arguments": "{}"}},
        {"index": 1, "id": "b", "function": {"name": "pwd", "arguments": "{}"}},
    ]}))
    calls = asm.message()["tool_calls"]
    assert [(c["id"], c["function"]["name"]) for c in calls] == [("a", "ls"), ("b", "pwd")]
