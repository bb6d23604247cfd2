"""Business-day arithmetic for payroll and invoicing dates.

A business day is Monday to Friday and not in the given set of holidays.
"""
from datetime import date, timedelta


def is_business_day(day, holidays=frozenset()):
    return day.weekday() < 5


def business_days_in_month(year, month, holidays=frozenset()):
    day = date(year, month, 1)
    days = []
    while day.month == month:
        if is_business_day(day, holidays):
            days.append(day)
        day += timedelta(days=1)
    return days


def nth_business_day(year, month, n, holidays=frozenset()):
    """The n-th business day of the month (1-based); negative n counts from the end.

    Returns None when the month has fewer than ``abs(n)`` business days.
    """
    if n == 0:
        raise ValueError("n must be non-zero")
    days = business_days_in_month(year, month, holidays)
    if abs(n) > len(days):
        return None
    return days[n - 1] if n > 0 else days[n]


def add_business_days(start, count, holidays=frozenset()):
    """Move ``count`` business days forward (or backward if negative) from ``start``."""
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    day = start
    while remaining:
        day += timedelta(days=step)
        if is_business_day(day, holidays):
            remaining -= 1
    return day


def roll_forward(day, holidays=frozenset()):
    """``day`` itself if it is a business day, otherwise the next one."""
    while not is_business_day(day, holidays):
        day += timedelta(days=1)
    return day
