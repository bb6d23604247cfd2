import calendar
from datetime import date

from nth_weekday_runs import days_in_month, is_leap, nth_weekday, upcoming_runs


def brute(year, month, weekday, n):
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == weekday]
    if n == -1:
        return days[-1]
    return days[n - 1] if n <= len(days) else None


def test_against_calendar_for_many_months():
    for year in (1999, 2000, 2023, 2024, 2100):
        for month in range(1, 13):
            for weekday in range(7):
                for n in (1, 2, 3, 4, 5, -1):
                    assert nth_weekday(year, month, weekday, n) == brute(year, month, weekday, n), (year, month, weekday, n)


def test_last_weekday_when_month_ends_on_it():
    # 2024-08-31 is a Saturday, 2023-12-31 a Sunday
    assert nth_weekday(2024, 8, 5, -1) == 31
    assert nth_weekday(2023, 12, 6, -1) == 31
    assert nth_weekday(2024, 2, 3, -1) == 29


def test_leap_rules():
    assert is_leap(2000) and is_leap(2024)
    assert not is_leap(1900) and not is_leap(2023)
    assert days_in_month(2000, 2) == 29
    assert [days_in_month(2023, m) for m in (4, 7, 11, 12)] == [30, 31, 30, 31]


def test_upcoming_last_friday_across_year_end():
    runs = upcoming_runs(date(2023, 11, 25), 4, -1, 4)
    assert runs == [date(2023, 12, 29), date(2024, 1, 26), date(2024, 2, 23), date(2024, 3, 29)]


def test_upcoming_includes_start_day_and_skips_missing_months():
    assert upcoming_runs(date(2024, 3, 1), 4, 1, 2) == [date(2024, 3, 1), date(2024, 4, 5)]
    fifth_mondays = upcoming_runs(date(2024, 1, 1), 0, 5, 3)
    assert fifth_mondays == [date(2024, 1, 29), date(2024, 4, 29), date(2024, 7, 29)]
