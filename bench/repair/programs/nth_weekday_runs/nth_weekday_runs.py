"""Monthly schedules of the form "the 2nd Tuesday" or "the last Friday" of each month."""

from datetime import date

_MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def nth_weekday(year, month, weekday, n):
    """Day of the month of the n-th `weekday` (0 = Monday); n = -1 means the last one.

    Returns None when the month has no such day (a 5th Monday, say).
    """
    if n == -1:
        last = days_in_month(year, month)
        last_weekday = date(year, month, last).weekday()
        return last - (weekday - last_weekday) % 7
    first_weekday = date(year, month, 1).weekday()
    day = 1 + (weekday - first_weekday) % 7 + (n - 1) * 7
    if day > days_in_month(year, month):
        return None
    return day


def upcoming_runs(start, weekday, n, count):
    """The next `count` run dates on or after the date `start`."""
    runs = []
    year, month = start.year, start.month
    while len(runs) < count:
        day = nth_weekday(year, month, weekday, n)
        if day is not None and date(year, month, day) >= start:
            runs.append(date(year, month, day))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return runs
