import json

import pytest

from tool_call_transcript import MAX_RESULT_CHARS, build_transcript


def run_events():
    return [
        {"type": "user", "text": "What is in notes.txt?"},
        {"type": "assistant", "text": "",
         "calls": [{"id": "call_1", "name": "read_file", "args": {"path": "notes.txt"}}]},
        {"type": "tool_result", "call_id": "call_1", "output": "buy milk"},
        {"type": "assistant", "text": "It says: buy milk."},
    ]


def test_roles_in_order():
    messages = build_transcript("You are helpful.", run_events())
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "tool", "assistant"]
    assert messages[0]["content"] == "You are helpful."


def test_tool_call_message_format():
    call_message = build_transcript("sys", run_events())[2]
    assert call_message["content"] is None
    assert call_message["tool_calls"] == [{
        "id": "call_1",
        "type": "function",
        "function": {"name": "read_file", "arguments": '{"path": "notes.txt"}'},
    }]


def test_tool_result_message():
    result = build_transcript("sys", run_events())[3]
    assert result == {"role": "tool", "tool_call_id": "call_1", "content": "buy milk"}


def test_structured_output_is_json():
    events = run_events()
    events[2]["output"] = {"lines": 1}
    assert json.loads(build_transcript("sys", events)[3]["content"]) == {"lines": 1}


def test_long_output_truncated():
    events = run_events()
    events[2]["output"] = "x" * (MAX_RESULT_CHARS + 50)
    content = build_transcript("sys", events)[3]["content"]
    assert content.startswith("x" * MAX_RESULT_CHARS)
    assert content.endswith("[... 50 characters truncated]")


def test_unanswered_call_rejected():
    events = run_events()
    del events[2]
    with pytest.raises(ValueError):
        build_transcript("sys", events)
