"""Recurring billing dates anchored to the signup day, clamped to the end of short months."""

from collections.abc import Iterator
from datetime import date, timedelta


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def billing_dates(anchor: date, count: int, interval: int = 1) -> Iterator[date]:
    """The first `count` billing dates, every `interval` months, starting at the anchor.

    The day of month always comes from the anchor, so a Jan 31 signup is billed on
    Feb 28 (29 in leap years) and then on Mar 31 again.
    """
    if interval < 1:
        raise ValueError("interval must be at least one month")
    year, month = anchor.year, anchor.month
    for _ in range(count):
        yield date(year, month, min(anchor.day, days_in_month(year, month)))
        month = (month - 1 + interval) % 12 + 1
        year += (month - 1 + interval) / 12


def period_end(anchor: date, cycle: int, interval: int = 1) -> date:
    """Last day covered by billing cycle `cycle` (0 = the one starting at the anchor)."""
    *_, next_start = billing_dates(anchor, cycle + 2, interval)
    return next_start - timedelta(days=1)
