import pytest

from action_loop_guard import LoopGuard, find_cycle, signature


def test_signature_ignores_argument_order():
    assert signature("read", {"path": "a.py", "lines": 10}) == signature(
        "read", {"lines": 10, "path": "a.py"}
    )


def test_same_call_three_times_is_a_loop():
    guard = LoopGuard()
    assert guard.record("ls", {"dir": "."}) is None
    assert guard.record("ls", {"dir": "."}) is None
    assert guard.record("ls", {"dir": "."}) == 1
    assert guard.warnings == ['repeated 3x: ls:{"dir":"."}']


def test_alternating_pair_is_a_loop():
    actions = ["edit", "test"] * 3
    assert find_cycle(actions, max_period=3, repeats=3) == 2


def test_three_step_cycle_is_a_loop():
    actions = ["search", "open", "close"] * 3
    assert find_cycle(actions, max_period=3, repeats=3) == 3


def test_progress_is_not_a_loop():
    guard = LoopGuard()
    for page in range(6):
        assert guard.record("fetch", {"page": page}) is None
    assert guard.warnings == []


def test_bad_settings_are_rejected():
    with pytest.raises(ValueError):
        LoopGuard(repeats=1)
