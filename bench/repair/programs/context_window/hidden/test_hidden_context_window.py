import random

import pytest

from context_window import ContextWindow, Message


def msg(text, tokens, role="user"):
    return Message(role, text, tokens)


def test_pinned_messages_survive_and_history_makes_room():
    window = ContextWindow(limit=50)
    window.pin(msg("system", 20, role="system"))
    for text in ("a", "b", "c", "d"):
        window.push(msg(text, 10))
    assert [m.text for m in window.messages()] == ["system", "b", "c", "d"]
    assert window.used == 50
    assert window.free == 0
    assert window.evicted == 1


def test_pinning_late_evicts_old_history():
    window = ContextWindow(limit=30)
    window.push(msg("old", 10))
    window.push(msg("new", 10))
    window.pin(msg("task", 15, role="system"))
    assert [m.text for m in window.messages()] == ["task", "new"]
    assert window.used == 25


def test_second_pin_that_does_not_fit_is_refused():
    window = ContextWindow(limit=40)
    window.pin(msg("system", 25, role="system"))
    with pytest.raises(ValueError):
        window.pin(msg("task", 20, role="system"))
    assert [m.text for m in window.messages()] == ["system"]


def test_exact_fit_with_pins():
    window = ContextWindow(limit=30)
    window.pin(msg("system", 10, role="system"))
    window.push(msg("q", 15))
    window.push(msg("a", 5))
    assert [m.text for m in window.messages()] == ["system", "q", "a"]
    assert window.free == 0


def test_random_against_model():
    rng = random.Random(99)
    for _ in range(200):
        limit = rng.randint(20, 60)
        window = ContextWindow(limit)
        pins, history = [], []
        for step in range(rng.randint(1, 12)):
            tokens = rng.randint(1, 15)
            message = msg(f"m{step}", tokens)
            if rng.random() < 0.2:
                if sum(m.tokens for m in pins) + tokens > limit:
                    with pytest.raises(ValueError):
                        window.pin(message)
                    continue
                window.pin(message)
                pins.append(message)
            else:
                window.push(message)
                history.append(message)
            while history and sum(m.tokens for m in pins + history) > limit:
                history.pop(0)
        assert window.messages() == pins + history
        assert window.used == sum(m.tokens for m in pins + history)
