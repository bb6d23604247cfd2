import pytest

from pinned_convo_window import fit_window


def msg(role, content, pinned=False):
    message = {"role": role, "content": content}
    if pinned:
        message["pinned"] = True
    return message


def words(message):
    return len(message["content"].split())


def contents(messages):
    return [m["content"] for m in messages]


def test_pinned_message_in_the_middle_survives():
    convo = [msg("system", "sys"),
             msg("user", "a b c"),
             msg("user", "remember my name is Ada", pinned=True),
             msg("assistant", "d e f"),
             msg("user", "g h")]
    assert contents(fit_window(convo, 9, count=words)) == [
        "sys", "remember my name is Ada", "g h"]


def test_every_system_message_is_kept():
    convo = [msg("system", "rules one"), msg("user", "x y z w"),
             msg("system", "rules two"), msg("user", "q")]
    assert contents(fit_window(convo, 5, count=words)) == ["rules one", "rules two", "q"]


def test_history_has_no_holes():
    convo = [msg("user", "tiny"), msg("assistant", "a much longer answer here"),
             msg("user", "last one")]
    assert contents(fit_window(convo, 4, count=words)) == ["last one"]


def test_pinned_non_system_messages_count_towards_the_limit():
    convo = [msg("user", "one two three four", pinned=True), msg("user", "five")]
    with pytest.raises(ValueError):
        fit_window(convo, 3, count=words)
    assert contents(fit_window(convo, 4, count=words)) == ["one two three four"]


def test_system_message_kept_even_when_history_is_large():
    convo = [msg("system", "x" * 40)] + [msg("user", "y" * 36) for _ in range(5)]
    kept = fit_window(convo, 40)
    assert kept[0]["role"] == "system"
    assert len(kept) == 3


def test_empty_conversation():
    assert fit_window([], 10) == []
