import json

import pytest

from tool_call_transcript import build_transcript


def test_parallel_calls_with_nested_arguments():
    args_a = {"query": "weather in Zürich", "filters": {"days": [1, 2]}, "exact": False}
    args_b = {}
    events = [
        {"type": "user", "text": "plan my trip"},
        {"type": "assistant", "text": "Checking two things.", "calls": [
            {"id": "a", "name": "search", "args": args_a},
            {"id": "b", "name": "list_bookings", "args": args_b},
        ]},
        {"type": "tool_result", "call_id": "b", "output": []},
        {"type": "tool_result", "call_id": "a", "output": "sunny"},
    ]
    messages = build_transcript("sys", events)
    calls = messages[2]["tool_calls"]
    assert messages[2]["content"] == "Checking two things."
    assert [c["function"]["name"] for c in calls] == ["search", "list_bookings"]
    for call, args in zip(calls, [args_a, args_b]):
        assert isinstance(call["function"]["arguments"], str)
        assert json.loads(call["function"]["arguments"]) == args
    assert messages[3] == {"role": "tool", "tool_call_id": "b", "content": "[]"}
    assert json.dumps(messages)


def test_transcript_is_json_serializable_and_args_untouched():
    args = {"path": "a.txt", "lines": [1, 5]}
    events = [
        {"type": "assistant", "calls": [{"id": "c1", "name": "read", "args": args}]},
        {"type": "tool_result", "call_id": "c1", "output": {"ok": True}},
    ]
    messages = build_transcript("sys", events)
    round_trip = json.loads(json.dumps(messages))
    assert json.loads(round_trip[1]["tool_calls"][0]["function"]["arguments"]) == args
    assert args == {"path": "a.txt", "lines": [1, 5]}


def test_unknown_event_and_missing_result():
    with pytest.raises(ValueError):
        build_transcript("sys", [{"type": "thought", "text": "hmm"}])
    events = [
        {"type": "assistant", "calls": [{"id": "x", "name": "t", "args": {"n": 1}}]},
        {"type": "user", "text": "hello?"},
    ]
    with pytest.raises(ValueError):
        build_transcript("sys", events)
