import pytest

from iso8601_duration_codec import format_duration, parse_duration


def test_round_trip_many_values():
    for seconds in (1, 59, 60, 3599, 3600, 3661, 86399, 86400, 90061, 200000, 1234567):
        assert parse_duration(format_duration(seconds)) == seconds


def test_format_exact_days():
    assert format_duration(3 * 86400) == "P3D"


def test_format_days_and_seconds_only():
    assert format_duration(2 * 86400 + 9) == "P2DT9S"


def test_format_hours_only_past_a_day():
    assert format_duration(86400 + 3600) == "P1DT1H"


def test_format_hours_and_minutes():
    assert format_duration(7 * 3600 + 42 * 60) == "PT7H42M"


def test_format_rejects_negative():
    with pytest.raises(ValueError):
        format_duration(-5)


def test_parse_full_form():
    assert parse_duration("P1Y2M3W4DT5H6M7.5S") == (
        365 * 86400 + 2 * 30 * 86400 + 3 * 7 * 86400 + 4 * 86400 + 5 * 3600 + 6 * 60 + 7.5
    )


def test_parse_rejects_double_t_and_dangling_number():
    for bad in ("PT1HT2M", "P1DT", "P2X", "P3"):
        with pytest.raises(ValueError):
            parse_duration(bad)
