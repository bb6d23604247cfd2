import pytest

from iso8601_duration_codec import format_duration, parse_duration


def test_parse_time_only():
    assert parse_duration("PT1H30M") == 5400


def test_parse_months_versus_minutes():
    assert parse_duration("P1M") == 30 * 86400
    assert parse_duration("PT1M") == 60


def test_parse_fraction_with_comma():
    assert parse_duration("PT0,5S") == 0.5


def test_parse_rejects_garbage():
    for bad in ("1H", "P", "PT", "P1H", "PT5"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_format_zero_and_minutes():
    assert format_duration(0) == "PT0S"
    assert format_duration(90) == "PT1M30S"


def test_format_day_and_time():
    assert format_duration(86400 + 2 * 3600 + 5 * 60 + 7) == "P1DT2H5M7S"
