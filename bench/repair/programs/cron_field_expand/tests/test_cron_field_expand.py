from datetime import datetime

import pytest

from cron_field_expand import expand_field, matches, parse_cron


def test_star_covers_whole_range():
    assert expand_field("*", "hour") == list(range(24))
    assert expand_field("*", "month") == list(range(1, 13))


def test_step_over_star():
    assert expand_field("*/15", "minute") == [0, 15, 30, 45]


def test_list_of_values():
    assert expand_field("1,15,3", "day") == [1, 3, 15]


def test_range():
    assert expand_field("1-5", "weekday") == [1, 2, 3, 4, 5]


def test_out_of_range_rejected():
    with pytest.raises(ValueError):
        expand_field("60", "minute")
    with pytest.raises(ValueError):
        parse_cron("* * * *")


def test_matches_weekday_business_hours():
    schedule = parse_cron("0 9 * * 1-5")
    assert matches(schedule, datetime(2024, 3, 4, 9, 0))  # Monday
    assert not matches(schedule, datetime(2024, 3, 3, 9, 0))  # Sunday
    assert not matches(schedule, datetime(2024, 3, 4, 9, 1))
