from datetime import datetime

import pytest

from cron_trigger import CronTrigger, parse_field

FRIDAY = datetime(2024, 5, 3)  # 2024-05-03 was a Friday


def test_parse_field_steps_ranges_and_lists():
    assert parse_field("*/15", 0, 59) == {0, 15, 30, 45}
    assert parse_field("1-3,10", 0, 23) == {1, 2, 3, 10}
    assert parse_field("0-10/5", 0, 59) == {0, 5, 10}


def test_invalid_expressions():
    with pytest.raises(ValueError):
        CronTrigger("60 * *")
    with pytest.raises(ValueError):
        CronTrigger("* *")


def test_matches():
    trigger = CronTrigger("*/15 9-17 0-4")
    assert trigger.matches(FRIDAY.replace(hour=9, minute=45))
    assert not trigger.matches(FRIDAY.replace(hour=18, minute=0))
    assert not trigger.matches(datetime(2024, 5, 4, 10, 0))  # Saturday


def test_next_fire_every_quarter_hour():
    trigger = CronTrigger("*/15 * *")
    assert trigger.next_fire(FRIDAY.replace(hour=10, minute=7)) == FRIDAY.replace(hour=10, minute=15)


def test_next_fire_tomorrow_night():
    trigger = CronTrigger("30 2 *")
    assert trigger.next_fire(FRIDAY.replace(hour=23)) == datetime(2024, 5, 4, 2, 30)


def test_weekday_job_skips_the_weekend():
    trigger = CronTrigger("0 9 0-4")
    assert trigger.next_fire(FRIDAY.replace(hour=10)) == datetime(2024, 5, 6, 9, 0)


def test_missed_hourly_runs():
    trigger = CronTrigger("0 * *")
    missed = trigger.fire_times(FRIDAY.replace(hour=10, minute=20), FRIDAY.replace(hour=13))
    assert missed == [FRIDAY.replace(hour=h) for h in (11, 12, 13)]
