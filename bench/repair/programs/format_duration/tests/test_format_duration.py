import pytest

from format_duration import format_duration, parse_duration


def test_zero():
    assert format_duration(0) == "0s"


def test_seconds_only():
    assert format_duration(45) == "45s"


def test_minutes_and_seconds():
    assert format_duration(125) == "2m 5s"


def test_hours_minutes_seconds():
    assert format_duration(3 * 3600 + 7 * 60 + 9) == "3h 7m 9s"


def test_negative_rejected():
    with pytest.raises(ValueError):
        format_duration(-1)


def test_parse():
    assert parse_duration("1h 30m") == 5400
    assert parse_duration("2d5s") == 172805
    with pytest.raises(ValueError):
        parse_duration("soon")
