import os
import time
from datetime import datetime, timedelta, timezone

import pytest

from step_deadlines import deadline_for, seconds_left, steps_to_cancel

NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)


@pytest.fixture
def tokyo_local_time():
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "JST-9"
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


def test_epoch_is_an_aware_utc_moment():
    deadline = deadline_for({"epoch": 1714564800}, NOW)
    assert deadline == datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert deadline.utcoffset() == timedelta(0)


def test_epoch_independent_of_local_time_zone(tokyo_local_time):
    assert seconds_left({"epoch": 1714564800 + 45}, NOW) == 45.0
    assert deadline_for({"epoch": "1714564800"}, NOW) == NOW


def test_epoch_in_the_past_is_cancelled():
    steps = {
        "old": {"epoch": NOW.timestamp() - 1},
        "fresh": {"epoch": NOW.timestamp() + 3600},
        "late": {"at": "2024-05-01T13:00:00+02:00"},
        "free": {"note": "no deadline"},
    }
    assert steps_to_cancel(steps, NOW) == ["late", "old"]


def test_now_in_another_zone():
    now = NOW.astimezone(timezone(timedelta(hours=-5)))
    assert seconds_left({"epoch": NOW.timestamp() + 10}, now) == 10.0
    assert seconds_left({"in": "2.5"}, now) == 2.5


def test_naive_iso_is_taken_as_utc():
    assert seconds_left({"at": "2024-05-01T12:00:30"}, NOW) == 30.0
