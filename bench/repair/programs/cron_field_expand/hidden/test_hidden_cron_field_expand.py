from datetime import datetime

import pytest

from cron_field_expand import expand_field, matches, parse_cron


def test_single_values():
    assert expand_field("7", "hour") == [7]
    assert expand_field("0", "minute") == [0]
    assert expand_field("59", "minute") == [59]
    assert expand_field("12", "month") == [12]


def test_star_includes_upper_bound():
    assert expand_field("*", "minute")[-1] == 59
    assert len(expand_field("*", "minute")) == 60
    assert expand_field("*", "weekday") == [0, 1, 2, 3, 4, 5, 6]
    assert expand_field("*", "day") == list(range(1, 32))


def test_stepped_range_includes_end_when_on_step():
    assert expand_field("10-30/10", "minute") == [10, 20, 30]
    assert expand_field("0-23/6", "hour") == [0, 6, 12, 18]
    assert expand_field("1-12/11", "month") == [1, 12]


def test_start_with_step_runs_to_upper_bound():
    assert expand_field("5/20", "minute") == [5, 25, 45]
    assert expand_field("1/10", "day") == [1, 11, 21, 31]


def test_mixed_list():
    assert expand_field("0,10-12,*/20", "minute") == [0, 10, 11, 12, 20, 40]
    assert expand_field("6-6", "weekday") == [6]


def test_bad_fields():
    for text, field in [("*/0", "minute"), ("5-2", "hour"), ("0", "day"), ("7", "weekday"), ("24", "hour")]:
        with pytest.raises(ValueError):
            expand_field(text, field)


def test_matches_end_of_ranges():
    schedule = parse_cron("59 23 31 12 *")
    assert matches(schedule, datetime(2023, 12, 31, 23, 59))
    saturday = parse_cron("30 18 * * 6")
    assert matches(saturday, datetime(2024, 3, 9, 18, 30))
    assert not matches(saturday, datetime(2024, 3, 10, 18, 30))
