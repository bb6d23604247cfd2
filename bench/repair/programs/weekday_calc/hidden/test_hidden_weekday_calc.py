import datetime

import pytest

from weekday_calc import day_of_week, days_in_month, nth_weekday, weekday_name


def _sunday_zero(date):
    return date.isoweekday() % 7


def test_every_day_of_four_centuries_against_datetime():
    date = datetime.date(1801, 1, 1)
    end = datetime.date(2200, 12, 31)
    step = datetime.timedelta(days=1)
    while date <= end:
        assert day_of_week(date.year, date.month, date.day) == _sunday_zero(date), date
        date += step


def test_weekday_names_in_every_month_of_2031():
    for month in range(1, 13):
        date = datetime.date(2031, month, 13)
        assert weekday_name(2031, month, 13) == date.strftime("%A")


def _brute_nth(year, month, weekday, n):
    days = [d for d in range(1, days_in_month(year, month) + 1)
            if _sunday_zero(datetime.date(year, month, d)) == weekday]
    index = n - 1 if n > 0 else n
    return days[index] if -len(days) <= index < len(days) else None


@pytest.mark.parametrize("year", [1999, 2020, 2023, 2024, 2100])
def test_nth_weekday_against_brute_force(year):
    for month in range(1, 13):
        for weekday in range(7):
            for n in (1, 2, 3, 4, 5, -1, -2):
                expected = _brute_nth(year, month, weekday, n)
                if expected is None:
                    with pytest.raises(ValueError):
                        nth_weekday(year, month, weekday, n)
                else:
                    assert nth_weekday(year, month, weekday, n) == expected


def test_labor_day_and_august_bank_holiday():
    assert nth_weekday(2025, 9, 1, 1) == 1
    assert nth_weekday(2025, 8, 1, -1) == 25
