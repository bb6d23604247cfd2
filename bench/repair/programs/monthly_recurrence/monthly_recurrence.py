"""Monthly recurrence rules for reminders: 'every month on the 31st', 'the 2nd Tuesday'."""

import calendar
from collections.abc import Iterator
from datetime import date
from itertools import takewhile


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def monthly(anchor: date, interval: int = 1) -> Iterator[date]:
    """anchor, then every interval months on the anchor's day, clamped to short months."""
    current = anchor
    year, month = anchor.year, anchor.month
    while True:
        yield current
        year, month = add_months(year, month, interval)
        last_day = calendar.monthrange(year, month)[1]
        current = date(year, month, min(current.day, last_day))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th weekday (0 = Monday) of a month, n = -1 for the last; None if there is none."""
    last_day = calendar.monthrange(year, month)[1]
    days = [day for day in range(1, last_day + 1) if date(year, month, day).weekday() == weekday]
    if n > len(days) or -n > len(days) or n == 0:
        return None
    return date(year, month, days[n - 1 if n > 0 else n])


def weekday_rule(start: date, weekday: int, n: int) -> Iterator[date]:
    """Every month's n-th weekday, from start on (months without one are skipped)."""
    year, month = start.year, start.month
    while True:
        found = nth_weekday(year, month, weekday, n)
        if found is not None and found >= start:
            yield found
        year, month = add_months(year, month, 1)


def until(dates: Iterator[date], end: date) -> list[date]:
    """The dates of an increasing recurrence up to and including end."""
    return list(takewhile(lambda day: day <= end, dates))
