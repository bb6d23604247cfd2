from event_log_replay import AgentState, replay, tool_result_event


def message(event_id, role, text):
    return {"id": event_id, "type": "message", "role": role, "text": text}


def tool_call(event_id, call_id, tool, args):
    return {"id": event_id, "type": "tool_call", "call_id": call_id, "tool": tool, "args": args}


def test_error_flag_reaches_the_tool_message():
    state = replay([tool_call(1, "c9", "fetch", {"url": "u"}),
                    tool_result_event(2, "c9", "timeout", is_error=True)])
    assert state.messages[-1] == {"role": "tool", "tool_call_id": "c9", "content": "timeout",
                                  "is_error": True}


def test_only_failed_calls_are_counted():
    events = [
        tool_call(1, "a", "read", {}),
        tool_call(2, "b", "write", {}),
        tool_call(3, "c", "shell", {}),
        tool_result_event(4, "b", "denied", is_error=True),
        tool_result_event(5, "a", "ok"),
        tool_result_event(6, "c", "boom", is_error=True),
    ]
    state = replay(events)
    assert state.failed_tools == ["write", "shell"]
    assert [m["is_error"] for m in state.messages if m["role"] == "tool"] == [True, False, True]


def test_result_without_flag_is_a_success():
    events = [tool_call(1, "a", "read", {}),
              {"id": 2, "type": "tool_result", "call_id": "a", "output": "data"}]
    state = replay(events)
    assert state.failed_tools == []
    assert state.messages[-1]["is_error"] is False


def test_replay_continues_from_saved_state():
    first = [message(1, "user", "go"), tool_call(2, "k", "shell", {})]
    second = [tool_call(2, "k", "shell", {}), tool_result_event(3, "k", "err", is_error=True)]
    state = replay(first)
    state = replay(second, state)
    assert state.failed_tools == ["shell"]
    assert len(state.messages) == 3
    assert state.last_event_id == 3


def test_open_calls_stay_pending():
    state = replay([tool_call(1, "x", "search", {"q": 1}), tool_call(2, "y", "fetch", {})])
    assert state.pending_calls == {"x": "search", "y": "fetch"}
    assert isinstance(state, AgentState)


def test_flag_as_stored_in_older_logs():
    stored = [
        {"id": 1, "type": "tool_call", "call_id": "t", "tool": "deploy", "args": {}},
        {"id": 2, "type": "tool_result", "call_id": "t", "output": "403", "is_error": True},
    ]
    assert replay(stored).failed_tools == ["deploy"]
