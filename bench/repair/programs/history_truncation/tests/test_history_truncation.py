from history_truncation import truncate, word_tokens


def m(role, content):
    return {"role": role, "content": content}


def test_empty_history():
    assert truncate([], 100) == []


def test_keeps_system_prompt_and_recent_turns():
    history = [
        m("system", "you are terse"),
        m("user", "one two three four five six"),
        m("assistant", "ok"),
        m("user", "next question"),
    ]
    assert truncate(history, 10) == [history[0], history[2], history[3]]


def test_everything_fits_without_system_prompt():
    history = [m("user", "hello"), m("assistant", "hi there"), m("user", "bye")]
    assert truncate(history, 50) == history


def test_word_tokens():
    assert word_tokens(m("user", "a b c")) == 4
