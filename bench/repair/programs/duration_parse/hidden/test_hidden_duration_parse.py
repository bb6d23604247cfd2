import pytest

from duration_parse import parse_duration, parse_timeout


def test_every_unit_combined():
    assert parse_duration("1w 1d 1h 1m 1s") == 604800 + 86400 + 3600 + 60 + 1


def test_days_hours_minutes_seconds_without_spaces():
    assert parse_duration("2d4h5m6s") == 2 * 86400 + 4 * 3600 + 5 * 60 + 6


def test_comma_separated_parts():
    assert parse_duration("3 hr, 15 min") == 3 * 3600 + 15 * 60


def test_negative_compound():
    assert parse_duration("-1m30s") == -90
    assert parse_duration("+2m 1s") == 121


def test_fractions_add_up():
    assert parse_duration("1.5h 30m") == 7200
    assert parse_duration("1s 250ms") == pytest.approx(1.25)


def test_same_unit_twice_accumulates():
    assert parse_duration("10s 10s 10s") == 30


def test_case_and_whitespace():
    assert parse_duration("  1H 2M  ") == 3720


def test_garbage_rejected():
    for text in ("", "h", "1h30", "abc 5m", "5m xyz", "1h-30m"):
        with pytest.raises(ValueError):
            parse_duration(text)


def test_timeout_string_compound():
    assert parse_timeout("2m30s", default=1) == 150
