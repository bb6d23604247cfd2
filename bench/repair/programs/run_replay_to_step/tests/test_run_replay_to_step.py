import pytest

from run_replay_to_step import ReplayError, first_divergence, replay

RUN = [
    {"step": 1, "op": "set", "key": "goal", "value": "fix the build"},
    {"step": 2, "op": "append", "key": "tools", "value": "grep"},
    {"step": 3, "op": "mark", "name": "before-edit"},
    {"step": 4, "op": "append", "key": "tools", "value": "edit"},
    {"step": 5, "op": "set", "key": "status", "value": "broken"},
    {"step": 6, "op": "revert", "name": "before-edit"},
]


def test_full_replay():
    assert replay(RUN) == ({"goal": "fix the build", "tools": ["grep"]}, 6)


def test_replay_up_to_a_step():
    assert replay(RUN, until=4) == ({"goal": "fix the build", "tools": ["grep", "edit"]}, 4)


def test_events_are_applied_in_step_order():
    shuffled = [RUN[1], RUN[0]]
    assert replay(shuffled) == ({"goal": "fix the build", "tools": ["grep"]}, 2)


def test_unset_removes_key():
    events = RUN[:1] + [{"step": 2, "op": "unset", "key": "goal"}]
    assert replay(events) == ({}, 2)


def test_revert_to_unknown_mark_fails():
    with pytest.raises(ReplayError):
        replay([{"step": 1, "op": "revert", "name": "nowhere"}])


def test_first_divergence():
    expected = {1: {"goal": "fix the build"}, 2: {"goal": "fix the build", "tools": ["ls"]}}
    assert first_divergence(RUN, expected) == 2
