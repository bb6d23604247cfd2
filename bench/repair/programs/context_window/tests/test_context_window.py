import pytest

from context_window import ContextWindow, Message


def msg(text, tokens, role="user"):
    return Message(role, text, tokens)


def test_everything_fits():
    window = ContextWindow(limit=100)
    for text in ("hi", "hello", "how are you"):
        window.push(msg(text, 10))
    assert [m.text for m in window.messages()] == ["hi", "hello", "how are you"]
    assert window.evicted == 0


def test_oldest_history_is_dropped_first():
    window = ContextWindow(limit=25)
    for text in ("one", "two", "three"):
        window.push(msg(text, 10))
    assert [m.text for m in window.messages()] == ["two", "three"]
    assert window.evicted == 1


def test_history_filling_the_window_exactly_is_kept():
    window = ContextWindow(limit=20)
    window.push(msg("question", 12))
    window.push(msg("answer", 8))
    assert [m.text for m in window.messages()] == ["question", "answer"]


def test_pinned_system_prompt_counts_against_the_limit():
    window = ContextWindow(limit=100)
    window.pin(msg("You are a helpful agent.", 30, role="system"))
    assert window.free == 70


def test_pinned_message_too_large():
    window = ContextWindow(limit=40)
    with pytest.raises(ValueError):
        window.pin(msg("huge spec", 50, role="system"))
