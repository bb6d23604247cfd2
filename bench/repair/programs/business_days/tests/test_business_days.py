from datetime import date

from business_days import WorkCalendar

NEW_YEAR = date(2024, 1, 1)
CALENDAR = WorkCalendar(frozenset({NEW_YEAR, date(2024, 12, 25)}))


def test_is_business_day():
    assert CALENDAR.is_business_day(date(2024, 1, 2))
    assert not CALENDAR.is_business_day(date(2024, 1, 6))  # Saturday
    assert not CALENDAR.is_business_day(NEW_YEAR)


def test_one_plain_week():
    assert CALENDAR.business_days_between(date(2024, 1, 8), date(2024, 1, 15)) == 5


def test_working_days_in_january():
    assert CALENDAR.business_days_between(date(2024, 1, 1), date(2024, 2, 1)) == 22


def test_reversed_range_is_negative():
    assert CALENDAR.business_days_between(date(2024, 3, 15), date(2024, 3, 11)) == -4


def test_add_business_days_skips_the_weekend():
    assert CALENDAR.add_business_days(date(2024, 1, 5), 1) == date(2024, 1, 8)
    assert CALENDAR.add_business_days(date(2024, 1, 8), -1) == date(2024, 1, 5)


def test_next_business_day():
    assert CALENDAR.next_business_day(date(2023, 12, 30)) == date(2024, 1, 2)
    assert CALENDAR.next_business_day(date(2024, 1, 3)) == date(2024, 1, 3)
