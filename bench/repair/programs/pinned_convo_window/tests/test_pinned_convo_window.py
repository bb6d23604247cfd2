import pytest

from pinned_convo_window import dropped_count, estimate_tokens, fit_window


def msg(role, content, pinned=False):
    message = {"role": role, "content": content}
    if pinned:
        message["pinned"] = True
    return message


def words(message):
    return len(message["content"].split())


def test_estimate_tokens():
    assert estimate_tokens(msg("user", "")) == 4
    assert estimate_tokens(msg("user", "x" * 40)) == 14


def test_everything_fits():
    convo = [msg("system", "be brief"), msg("user", "hi there"), msg("assistant", "hello")]
    assert fit_window(convo, 100, count=words) == convo


def test_oldest_messages_are_dropped_first():
    convo = [msg("system", "you are a helpful agent"),
             msg("user", "one two three"),
             msg("assistant", "four five"),
             msg("user", "six seven")]
    kept = fit_window(convo, 10, count=words)
    assert [m["content"] for m in kept] == [
        "you are a helpful agent", "four five", "six seven"]
    assert dropped_count(convo, 10, count=words) == 1


def test_budget_too_small_for_required_messages():
    convo = [msg("system", "a b c d e f"), msg("user", "hello")]
    with pytest.raises(ValueError):
        fit_window(convo, 3, count=words)
