import pytest

from event_log_replay import ReplayError, replay, tool_result_event


def message(event_id, role, text):
    return {"id": event_id, "type": "message", "role": role, "text": text}


def tool_call(event_id, call_id, tool, args):
    return {"id": event_id, "type": "tool_call", "call_id": call_id, "tool": tool, "args": args}


def test_messages_rebuilt_in_order():
    state = replay([message(1, "user", "hi"), message(2, "assistant", "hello")])
    assert state.messages == [{"role": "user", "content": "hi"},
                              {"role": "assistant", "content": "hello"}]
    assert state.last_event_id == 2


def test_tool_result_closes_the_pending_call():
    state = replay([tool_call(1, "c1", "search", {"q": "x"}),
                    tool_result_event(2, "c1", "3 hits")])
    assert state.pending_calls == {}
    assert state.messages[-1]["content"] == "3 hits"


def test_failed_tools_are_recorded():
    state = replay([tool_call(1, "c1", "shell", {"cmd": "make"}),
                    tool_result_event(2, "c1", "exit 2", is_error=True)])
    assert state.failed_tools == ["shell"]


def test_duplicate_events_are_skipped():
    events = [message(1, "user", "a"), message(2, "user", "b"), message(2, "user", "b")]
    assert len(replay(events).messages) == 2


def test_usage_is_summed():
    usage = [{"id": i, "type": "usage", "input_tokens": 10, "output_tokens": 5}
             for i in (1, 2, 3)]
    assert replay(usage).tokens_used == 45


def test_result_for_unknown_call():
    with pytest.raises(ReplayError):
        replay([tool_result_event(1, "nope", "")])
