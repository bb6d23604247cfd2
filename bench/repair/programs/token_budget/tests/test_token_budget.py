import pytest

from token_budget import count_tokens, fit_to_budget, message_tokens


def msg(role, content):
    return {"role": role, "content": content}


def test_count_tokens_rounds_up():
    assert count_tokens("") == 0
    assert count_tokens("abcd") == 1
    assert count_tokens("abcde") == 2


def test_message_overhead_is_counted():
    assert message_tokens(msg("user", "abcdefgh")) == 6


def test_everything_fits_order_kept():
    history = [msg("user", "hi"), msg("assistant", "hello"), msg("user", "bye")]
    assert fit_to_budget(history, 1000) == history


def test_oldest_messages_dropped_system_kept():
    system = msg("system", "s" * 40)
    history = [system, msg("user", "u" * 40), msg("assistant", "a" * 40), msg("user", "v" * 40)]
    assert fit_to_budget(history, 30) == [system, history[3]]


def test_system_prompt_too_long():
    with pytest.raises(ValueError):
        fit_to_budget([msg("system", "x" * 400)], 50)


def test_empty_history():
    assert fit_to_budget([], 10) == []
