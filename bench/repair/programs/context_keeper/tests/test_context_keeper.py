from context_keeper import ContextWindow, Message


def msg(content, tokens, role="user", pinned=False):
    return Message(role, content, tokens, pinned)


def test_everything_fits():
    window = ContextWindow(budget=100)
    assert window.add(msg("hi", 10)) == []
    assert window.add(msg("hello", 20, "assistant")) == []
    assert window.used == 30
    assert window.render() == [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "hello"},
    ]


def test_oldest_dropped_when_over_budget():
    window = ContextWindow(budget=50)
    for i in range(3):
        window.add(msg(f"m{i}", 20))
    assert [m.content for m in window.messages] == ["m1", "m2"]
    assert window.used == 40


def test_pinned_system_prompt_survives():
    window = ContextWindow(budget=50)
    window.add(msg("You are helpful.", 15, "system", pinned=True))
    for i in range(3):
        window.add(msg(f"m{i}", 15))
    assert [m.content for m in window.messages] == ["You are helpful.", "m1", "m2"]


def test_replace_with_longer_content_makes_room():
    window = ContextWindow(budget=60)
    window.add(msg("question", 20))
    window.add(msg("tool output", 10, "tool"))
    dropped = window.replace(1, "full tool output", 45)
    assert [m.content for m in dropped] == ["question"]
    assert window.used == 45


def test_edited_turn_frees_its_tokens():
    window = ContextWindow(budget=100)
    window.add(msg("a", 30))
    window.add(msg("b", 30))
    window.add(msg("draft", 30))
    window.pop_last()
    assert window.add(msg("final", 40)) == []
    assert [m.content for m in window.messages] == ["a", "b", "final"]
