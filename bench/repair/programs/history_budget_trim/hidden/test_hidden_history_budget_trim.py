import random

import pytest

from history_budget_trim import dropped_count, history_cost, message_cost, trim_history


def msg(role, content, **extra):
    return {"role": role, "content": content, **extra}


def reference(messages, budget):
    system = [m for m in messages if m["role"] == "system"]
    others = [m for m in messages if m["role"] != "system"]
    if history_cost(system) > budget:
        raise ValueError
    best = []
    for start in range(len(others) + 1):
        suffix = others[start:]
        if history_cost(system) + history_cost(suffix) <= budget:
            best = suffix
            break
    while best and best[0]["role"] == "tool":
        best = best[1:]
    return system + best


def test_partial_history_fits_exactly():
    history = [msg("system", "s" * 12), msg("user", "a" * 20), msg("assistant", "b" * 8),
               msg("user", "c" * 16)]
    budget = message_cost(history[0]) + message_cost(history[2]) + message_cost(history[3])
    assert trim_history(history, budget) == [history[0], history[2], history[3]]
    assert trim_history(history, budget - 1) == [history[0], history[3]]


def test_budget_exactly_system_plus_last_message():
    history = [msg("system", "rules"), msg("user", "first"), msg("user", "second question")]
    budget = message_cost(history[0]) + message_cost(history[2])
    assert trim_history(history, budget) == [history[0], history[2]]
    assert dropped_count(history, budget) == 1


def test_budget_exactly_system_keeps_only_system():
    history = [msg("system", "rules"), msg("user", "hello")]
    assert trim_history(history, message_cost(history[0])) == [history[0]]


def test_system_messages_move_to_front_in_order():
    history = [msg("system", "one"), msg("user", "hi"), msg("system", "two"),
               msg("assistant", "hello")]
    trimmed = trim_history(history, history_cost(history))
    assert trimmed == [history[0], history[2], history[1], history[3]]


def test_system_exactly_over_budget_raises():
    history = [msg("system", "x" * 40)]
    with pytest.raises(ValueError):
        trim_history(history, message_cost(history[0]) - 1)
    assert trim_history(history, message_cost(history[0])) == history


def test_several_leading_tool_results_dropped():
    history = [
        msg("user", "look up two things"),
        msg("assistant", None, tool_calls=[{"id": "a"}, {"id": "b"}]),
        msg("tool", "result a", tool_call_id="a"),
        msg("tool", "result b", tool_call_id="b"),
        msg("assistant", "Both done."),
    ]
    budget = history_cost(history[2:])
    assert trim_history(history, budget) == [history[4]]


def test_none_content_costs_one_token():
    assert message_cost(msg("assistant", None)) == 5


def test_does_not_mutate_input():
    history = [msg("system", "s"), msg("user", "u" * 30), msg("assistant", "a")]
    copy = [dict(m) for m in history]
    trim_history(history, 12)
    assert history == copy


def test_matches_reference_on_random_histories():
    rng = random.Random(20)
    roles = ["user", "assistant", "tool"]
    for _ in range(300):
        history = [msg("system", "s" * rng.randint(0, 12))]
        for _ in range(rng.randint(0, 8)):
            history.append(msg(rng.choice(roles), "w" * rng.randint(0, 30)))
        budget = rng.randint(history_cost(history[:1]), history_cost(history) + 3)
        assert trim_history(history, budget) == reference(history, budget)
