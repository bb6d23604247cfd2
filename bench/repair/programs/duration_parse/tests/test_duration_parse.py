import pytest

from duration_parse import parse_duration, parse_timeout


def test_single_units():
    assert parse_duration("45s") == 45
    assert parse_duration("2h") == 7200
    assert parse_duration("3 min") == 180


def test_bare_number_is_seconds():
    assert parse_duration("90") == 90


def test_hours_and_minutes():
    assert parse_duration("1h30m") == 5400


def test_unknown_unit():
    with pytest.raises(ValueError):
        parse_duration("5 parsecs")


def test_timeout_from_config():
    assert parse_timeout(None, default=30) == 30
    assert parse_timeout(12, default=30) == 12
    assert parse_timeout("1m", default=30) == 60
