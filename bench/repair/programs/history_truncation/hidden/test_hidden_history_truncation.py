from history_truncation import truncate


def m(role, content):
    return {"role": role, "content": content}


def test_no_system_drops_oldest_only():
    history = [m("user", "a b c d"), m("assistant", "e"), m("user", "f")]
    assert truncate(history, 4) == history[1:]
    assert truncate(history, 100) == history


def test_custom_counter():
    history = [m("user", "x"), m("assistant", "y"), m("tool", "z")]
    assert truncate(history, 2, count=lambda _: 1) == history[1:]
    assert truncate(history, 3, count=lambda _: 1) == history


def test_budget_smaller_than_system_prompt():
    history = [m("system", "rules " * 20), m("user", "hi")]
    assert truncate(history, 3) == [history[0]]


def test_single_user_message():
    history = [m("user", "only")]
    assert truncate(history, 5) == history
