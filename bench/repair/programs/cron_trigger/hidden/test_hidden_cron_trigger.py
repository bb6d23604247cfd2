from datetime import datetime, timedelta

from cron_trigger import CronTrigger

MONDAY = datetime(2024, 6, 3)  # 2024-06-03 was a Monday


def test_weekly_job_from_just_after_it_ran():
    trigger = CronTrigger("0 9 0")
    assert trigger.next_fire(MONDAY.replace(hour=9, second=30)) == MONDAY.replace(hour=9) + timedelta(days=7)


def test_sunday_job_from_monday():
    trigger = CronTrigger("15 6 6")
    assert trigger.next_fire(MONDAY.replace(hour=12)) == datetime(2024, 6, 9, 6, 15)


def test_saturday_job_from_the_previous_saturday_evening():
    trigger = CronTrigger("0 8 5")
    assert trigger.next_fire(datetime(2024, 6, 1, 20, 0)) == datetime(2024, 6, 8, 8, 0)


def test_fire_times_over_a_week_of_weekday_jobs():
    trigger = CronTrigger("0 9 0-4")
    friday = datetime(2024, 5, 31)
    runs = trigger.fire_times(friday.replace(hour=8), friday.replace(hour=10) + timedelta(days=7))
    assert [run.day for run in runs] == [31, 3, 4, 5, 6, 7]
    assert all(run.hour == 9 and run.minute == 0 for run in runs)


def test_fire_times_across_a_long_outage():
    trigger = CronTrigger("30 23 2")  # Wednesdays 23:30
    runs = trigger.fire_times(MONDAY, MONDAY + timedelta(days=21))
    assert runs == [datetime(2024, 6, 5, 23, 30), datetime(2024, 6, 12, 23, 30),
                    datetime(2024, 6, 19, 23, 30)]


def test_next_fire_is_strictly_after():
    trigger = CronTrigger("*/15 * *")
    assert trigger.next_fire(MONDAY.replace(hour=10, minute=14, second=59)) == MONDAY.replace(hour=10, minute=15)
    assert trigger.next_fire(MONDAY.replace(hour=10, minute=15)) == MONDAY.replace(hour=10, minute=30)


def test_explicit_short_horizon_is_respected():
    trigger = CronTrigger("0 9 0")
    assert trigger.next_fire(MONDAY.replace(hour=10), horizon_days=2) is None
    assert trigger.next_fire(MONDAY.replace(hour=10), horizon_days=7) == datetime(2024, 6, 10, 9, 0)


def test_fire_times_empty_window():
    trigger = CronTrigger("0 9 *")
    assert trigger.fire_times(MONDAY.replace(hour=10), MONDAY.replace(hour=11)) == []
