from agent_step import check_history, run_step


def echo(**kwargs):
    return kwargs


def test_several_calls_keep_their_order():
    history = []
    calls = [{"id": f"c{i}", "name": "echo", "arguments": {"i": i}} for i in range(3)]
    run_step(history, {"content": "working", "tool_calls": calls}, {"echo": echo})
    assert history[0]["role"] == "assistant" and history[0]["content"] == "working"
    assert [m["tool_call_id"] for m in history[1:]] == ["c0", "c1", "c2"]
    check_history(history)


def test_two_steps_in_a_row_are_well_formed():
    history = [{"role": "user", "content": "start"}]
    run_step(history, {"tool_calls": [{"id": "a", "name": "echo", "arguments": {}}]}, {"echo": echo})
    run_step(history, {"tool_calls": [{"id": "b", "name": "echo", "arguments": {"x": 1}}]}, {"echo": echo})
    assert run_step(history, {"content": "done"}, {"echo": echo}) is False
    check_history(history)
    assert [m["role"] for m in history] == ["user", "assistant", "tool", "assistant", "tool", "assistant"]


def test_unknown_tool_is_reported_after_the_call():
    history = []
    run_step(history, {"tool_calls": [{"id": "z", "name": "ghost", "arguments": {}}]}, {})
    assert history[0]["role"] == "assistant"
    assert history[1] == {"role": "tool", "tool_call_id": "z", "content": "error: unknown tool 'ghost'"}
