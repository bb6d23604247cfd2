from datetime import date

from workday_offset import WorkCalendar

# March 2024: the 1st is a Friday.
CALENDAR = WorkCalendar(holidays=frozenset({date(2024, 3, 29), date(2024, 4, 1)}))


def test_add_within_the_week():
    assert CALENDAR.add_workdays(date(2024, 3, 4), 3) == date(2024, 3, 7)


def test_add_skips_the_weekend():
    assert CALENDAR.add_workdays(date(2024, 3, 8), 1) == date(2024, 3, 11)


def test_add_skips_holidays():
    assert CALENDAR.add_workdays(date(2024, 3, 28), 1) == date(2024, 4, 2)


def test_subtract_workdays():
    assert CALENDAR.add_workdays(date(2024, 3, 12), -2) == date(2024, 3, 8)


def test_zero_days_is_the_same_date():
    assert CALENDAR.add_workdays(date(2024, 3, 5), 0) == date(2024, 3, 5)


def test_next_workday():
    assert CALENDAR.next_workday(date(2024, 3, 9)) == date(2024, 3, 11)
    assert CALENDAR.next_workday(date(2024, 3, 11)) == date(2024, 3, 11)


def test_workdays_between():
    assert CALENDAR.workdays_between(date(2024, 3, 4), date(2024, 3, 18)) == 10
    assert CALENDAR.workdays_between(date(2024, 3, 18), date(2024, 3, 4)) == -10
