import random
from datetime import date, timedelta

import pytest

from workday_offset import WorkCalendar

HOLIDAYS = frozenset({date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)})
CALENDAR = WorkCalendar(holidays=HOLIDAYS)


def test_back_over_holidays_and_weekend():
    assert CALENDAR.add_workdays(date(2025, 1, 2), -1) == date(2024, 12, 31)
    assert CALENDAR.add_workdays(date(2025, 1, 2), -3) == date(2024, 12, 27)
    assert CALENDAR.add_workdays(date(2025, 1, 2), -4) == date(2024, 12, 24)


def test_back_from_a_weekend_day():
    assert CALENDAR.add_workdays(date(2024, 11, 30), -1) == date(2024, 11, 29)


def test_middle_east_weekend():
    calendar = WorkCalendar(weekend=frozenset({4, 5}))  # Friday and Saturday
    assert calendar.add_workdays(date(2024, 5, 16), 1) == date(2024, 5, 19)
    assert calendar.add_workdays(date(2024, 5, 19), -1) == date(2024, 5, 16)


def test_round_trip_with_workdays_between():
    rng = random.Random(5)
    for _ in range(200):
        start = CALENDAR.next_workday(date(2024, 11, 1) + timedelta(days=rng.randint(0, 90)))
        days = rng.randint(-25, 25)
        end = CALENDAR.add_workdays(start, days)
        assert CALENDAR.is_workday(end)
        assert CALENDAR.workdays_between(start, end) == days
        assert CALENDAR.add_workdays(end, -days) == start


def test_negative_offsets_go_back_in_time():
    start = date(2024, 10, 16)
    previous = start
    for days in range(-1, -15, -1):
        current = CALENDAR.add_workdays(start, days)
        assert current < previous
        previous = current


def test_all_week_weekend_rejected():
    with pytest.raises(ValueError):
        WorkCalendar(weekend=frozenset(range(7)))
