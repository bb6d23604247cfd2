from datetime import datetime

import pytest

from tz_offset_deadlines import is_late, minutes_left, next_deadline, parse_offset, to_utc


def test_parse_offset():
    assert parse_offset("Z") == 0
    assert parse_offset("+02:00") == 120
    assert parse_offset("-05:00") == -300


def test_utc_stamp_is_unchanged():
    assert to_utc("2024-05-01T17:00Z") == datetime(2024, 5, 1, 17, 0)


def test_offset_stamp_to_utc():
    assert to_utc("2024-05-01T17:00+02:00") == datetime(2024, 5, 1, 15, 0)


def test_bad_stamp_is_rejected():
    with pytest.raises(ValueError):
        to_utc("2024-05-01 17:00")


def test_late_in_the_same_zone():
    assert is_late("2024-05-01T17:01+02:00", "2024-05-01T17:00+02:00")
    assert not is_late("2024-05-01T17:00+02:00", "2024-05-01T17:00+02:00")


def test_submission_from_another_zone():
    # 12:30 in New York is 16:30 UTC, half an hour before 17:00 UTC.
    assert not is_late("2024-05-01T12:30-04:00", "2024-05-01T17:00Z")
    assert minutes_left("2024-05-01T12:30-04:00", "2024-05-01T17:00Z") == 30


def test_next_deadline_same_zone():
    deadlines = {"draft": "2024-05-02T09:00Z", "final": "2024-05-09T09:00Z"}
    assert next_deadline("2024-05-01T10:00Z", deadlines) == "draft"
    assert next_deadline("2024-05-03T10:00Z", deadlines) == "final"
    assert next_deadline("2024-05-10T10:00Z", deadlines) is None
