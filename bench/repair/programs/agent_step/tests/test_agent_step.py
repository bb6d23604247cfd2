import pytest

from agent_step import check_history, run_step


def add(a, b):
    return a + b


def test_plain_answer_ends_the_loop():
    history = [{"role": "user", "content": "hi"}]
    assert run_step(history, {"content": "hello"}, {}) is False
    assert history[-1] == {"role": "assistant", "content": "hello", "tool_calls": []}


def test_tool_result_content_is_json():
    history = []
    reply = {"content": "", "tool_calls": [{"id": "c1", "name": "add", "arguments": {"a": 2, "b": 3}}]}
    assert run_step(history, reply, {"add": add}) is True
    assert [m["content"] for m in history if m["role"] == "tool"] == ["5"]


def test_assistant_message_comes_before_its_tool_results():
    history = [{"role": "user", "content": "add"}]
    reply = {"content": "", "tool_calls": [{"id": "c1", "name": "add", "arguments": {"a": 1, "b": 1}}]}
    run_step(history, reply, {"add": add})
    assert [m["role"] for m in history] == ["user", "assistant", "tool"]


def test_check_history_rejects_orphan_result():
    with pytest.raises(ValueError):
        check_history([{"role": "tool", "tool_call_id": "x", "content": "1"}])


def test_history_after_step_is_well_formed():
    history = [{"role": "user", "content": "go"}]
    reply = {"content": "", "tool_calls": [{"id": "c9", "name": "nope", "arguments": {}}]}
    run_step(history, reply, {})
    check_history(history)
