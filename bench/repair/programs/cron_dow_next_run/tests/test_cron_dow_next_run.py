from datetime import datetime

import pytest

from cron_dow_next_run import next_run, parse_field, parse_rule, upcoming


def test_parse_field_forms():
    assert parse_field("*/15", 0, 59) == [0, 15, 30, 45]
    assert parse_field("1-3,7", 0, 23) == [1, 2, 3, 7]
    assert parse_field("5", 0, 6) == [5]


def test_parse_rule_rejects_bad_input():
    with pytest.raises(ValueError):
        parse_rule("0 9")
    with pytest.raises(ValueError):
        parse_rule("0 25 *")


def test_next_run_same_day():
    # 2024-03-04 is a Monday
    assert next_run("30 9 *", datetime(2024, 3, 4, 8, 10)) == datetime(2024, 3, 4, 9, 30)


def test_next_run_skips_to_weekday():
    # Friday evening -> Monday morning for a weekday-only rule
    assert next_run("0 8 0-4", datetime(2024, 3, 8, 18, 0)) == datetime(2024, 3, 11, 8, 0)


def test_upcoming_quarter_hours():
    start = datetime(2024, 3, 4, 10, 0)
    assert upcoming("*/15 10 *", start, 3) == [
        datetime(2024, 3, 4, 10, 15),
        datetime(2024, 3, 4, 10, 30),
        datetime(2024, 3, 4, 10, 45),
    ]
