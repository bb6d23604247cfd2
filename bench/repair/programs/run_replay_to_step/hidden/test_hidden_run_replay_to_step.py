import pytest

from run_replay_to_step import ReplayError, first_divergence, replay

RUN = [
    {"step": 10, "op": "set", "key": "model", "value": "small"},
    {"step": 20, "op": "append", "key": "notes", "value": "a"},
    {"step": 20, "op": "append", "key": "notes", "value": "b"},
    {"step": 30, "op": "mark", "name": "m"},
    {"step": 40, "op": "set", "key": "model", "value": "large"},
    {"step": 40, "op": "append", "key": "notes", "value": "c"},
    {"step": 50, "op": "revert", "name": "m"},
    {"step": 60, "op": "unset", "key": "model"},
]


def test_until_before_first_event():
    assert replay(RUN, until=5) == ({}, None)
    assert replay([], until=3) == ({}, None)


def test_until_between_recorded_steps():
    assert replay(RUN, until=15) == ({"model": "small"}, 10)
    assert replay(RUN, until=45) == ({"model": "large", "notes": ["a", "b", "c"]}, 40)


def test_all_events_of_the_until_step_are_applied():
    assert replay(RUN, until=20) == ({"model": "small", "notes": ["a", "b"]}, 20)


def test_revert_and_unset():
    assert replay(RUN, until=50) == ({"model": "small", "notes": ["a", "b"]}, 50)
    assert replay(RUN) == ({"notes": ["a", "b"]}, 60)


def test_events_after_until_are_not_evaluated():
    events = RUN[:2] + [{"step": 25, "op": "explode"}, {"step": 26, "op": "revert", "name": "x"}]
    assert replay(events, until=24) == ({"model": "small", "notes": ["a"]}, 20)
    with pytest.raises(ReplayError):
        replay(events)


def test_mark_is_not_affected_by_later_changes():
    events = [
        {"step": 1, "op": "append", "key": "xs", "value": 1},
        {"step": 2, "op": "mark", "name": "one"},
        {"step": 3, "op": "append", "key": "xs", "value": 2},
        {"step": 4, "op": "revert", "name": "one"},
        {"step": 5, "op": "append", "key": "xs", "value": 3},
        {"step": 6, "op": "revert", "name": "one"},
    ]
    assert replay(events, until=5) == ({"xs": [1, 3]}, 5)
    assert replay(events) == ({"xs": [1]}, 6)


def test_first_divergence_none_and_early():
    expected = {10: {"model": "small"}, 20: {"model": "small", "notes": ["a", "b"]}}
    assert first_divergence(RUN, expected) is None
    assert first_divergence(RUN, {15: {"model": "small"}, 35: {}}) == 35
    assert first_divergence(RUN, {5: {}, 12: {}}) == 12
