import pytest

from history_budget_trim import dropped_count, history_cost, message_cost, trim_history


def msg(role, content, **extra):
    return {"role": role, "content": content, **extra}


def conversation():
    return [
        msg("system", "You are a helpful assistant."),
        msg("user", "What is the capital of France?"),
        msg("assistant", "Paris."),
        msg("user", "And of Italy?"),
        msg("assistant", "Rome."),
        msg("user", "Thanks! One more: Spain?"),
    ]


def test_message_cost_includes_overhead():
    assert message_cost(msg("user", "abcdefgh")) == 2 + 4
    assert message_cost(msg("user", "")) == 1 + 4


def test_large_budget_keeps_everything():
    history = conversation()
    assert trim_history(history, 10_000) == history


def test_oldest_turns_are_dropped_first():
    history = conversation()
    system_cost = message_cost(history[0])
    budget = system_cost + message_cost(history[-1]) + message_cost(history[-2]) + 3
    trimmed = trim_history(history, budget)
    assert trimmed == [history[0], history[-2], history[-1]]


def test_budget_equal_to_history_cost_keeps_everything():
    history = conversation()
    assert trim_history(history, history_cost(history)) == history


def test_system_prompt_too_large_raises():
    history = [msg("system", "x" * 400), msg("user", "hi")]
    with pytest.raises(ValueError):
        trim_history(history, 50)


def test_trimmed_history_does_not_start_with_tool_result():
    history = [
        msg("system", "sys"),
        msg("user", "weather in Oslo?" * 4),
        msg("assistant", "", tool_calls=[{"id": "c1", "name": "weather"}]),
        msg("tool", "cloudy, 4C", tool_call_id="c1"),
        msg("assistant", "It is cloudy and 4C."),
    ]
    budget = history_cost([history[0], history[3], history[4]]) + 1
    trimmed = trim_history(history, budget)
    assert trimmed == [history[0], history[4]]


def test_dropped_count():
    history = conversation()
    assert dropped_count(history, 10_000) == 0
    assert dropped_count(history, message_cost(history[0])) == 5
