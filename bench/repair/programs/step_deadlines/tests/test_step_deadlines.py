from datetime import datetime, timezone

import pytest

from step_deadlines import deadline_for, seconds_left, steps_to_cancel

NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)


def test_relative_deadline():
    assert seconds_left({"in": 90}, NOW) == 90.0


def test_absolute_deadline():
    assert seconds_left({"at": "2024-05-01T12:05:00Z"}, NOW) == 300.0


def test_epoch_deadline():
    one_minute_later = NOW.timestamp() + 60
    assert seconds_left({"epoch": one_minute_later}, NOW) == 60.0


def test_no_deadline():
    assert deadline_for({"tool": "search"}, NOW) is None
    assert seconds_left({}, NOW) is None


def test_conflicting_keys():
    with pytest.raises(ValueError):
        deadline_for({"in": 5, "at": "2024-05-01T12:00:00Z"}, NOW)


def test_steps_to_cancel():
    steps = {
        "fetch": {"at": "2024-05-01T11:59:00Z"},
        "summarise": {"in": 30},
        "notify": {},
    }
    assert steps_to_cancel(steps, NOW) == ["fetch"]
