from datetime import datetime

from tz_offset_deadlines import format_utc, is_late, minutes_left, next_deadline, parse_offset, to_utc


def test_half_hour_offsets():
    assert parse_offset("+05:30") == 330
    assert parse_offset("-03:30") == -210
    assert to_utc("2024-01-15T09:00+05:30") == datetime(2024, 1, 15, 3, 30)
    assert to_utc("2024-01-15T09:00-03:30") == datetime(2024, 1, 15, 12, 30)


def test_conversion_crosses_midnight_and_month_and_year():
    assert to_utc("2024-03-01T01:00+09:00") == datetime(2024, 2, 29, 16, 0)
    assert to_utc("2023-12-31T22:00-08:00") == datetime(2024, 1, 1, 6, 0)
    assert format_utc(to_utc("2024-07-01T00:15+14:00")) == "2024-06-30T10:15Z"


def test_same_moment_in_different_zones():
    a = to_utc("2024-06-10T18:00+02:00")
    b = to_utc("2024-06-10T16:00Z")
    c = to_utc("2024-06-10T12:00-04:00")
    assert a == b == c
    assert not is_late("2024-06-10T12:00-04:00", "2024-06-10T18:00+02:00")


def test_late_across_zones():
    # 19:00 in Berlin (UTC+2) is 17:00 UTC, after a 16:30 UTC deadline.
    assert is_late("2024-06-10T19:00+02:00", "2024-06-10T16:30Z")
    # 10:00 in Tokyo is 01:00 UTC, well before 09:00 in London (08:00 UTC).
    assert not is_late("2024-06-10T10:00+09:00", "2024-06-10T09:00+01:00")


def test_minutes_left_across_zones_and_negative():
    assert minutes_left("2024-06-10T08:00Z", "2024-06-10T12:00+02:00") == 120
    assert minutes_left("2024-06-10T11:00+05:30", "2024-06-10T06:00Z") == 30
    assert minutes_left("2024-06-10T12:00Z", "2024-06-10T12:00+02:00") == -120


def test_next_deadline_mixed_zones():
    deadlines = {
        "sydney": "2024-06-11T09:00+10:00",   # 2024-06-10T23:00Z
        "london": "2024-06-10T22:30+01:00",   # 2024-06-10T21:30Z
        "denver": "2024-06-10T16:00-06:00",   # 2024-06-10T22:00Z
    }
    assert next_deadline("2024-06-10T20:00Z", deadlines) == "london"
    assert next_deadline("2024-06-10T21:45Z", deadlines) == "denver"
    assert next_deadline("2024-06-10T23:00Z", deadlines) == "sydney"
    assert next_deadline("2024-06-10T23:01Z", deadlines) is None
