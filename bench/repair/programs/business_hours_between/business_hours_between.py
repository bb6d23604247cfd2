"""Elapsed business time between two timestamps (support SLAs, ticket ageing)."""

from collections.abc import Collection
from datetime import date, datetime, time, timedelta

OPENING = time(9, 0)
CLOSING = time(17, 30)
WEEKEND = frozenset({5, 6})  # Saturday, Sunday


def is_open(moment: datetime, holidays: Collection[date] = ()) -> bool:
    day = moment.date()
    return (
        day.weekday() not in WEEKEND
        and day not in holidays
        and OPENING <= moment.time() < CLOSING
    )


def business_seconds(
    start: datetime, end: datetime, holidays: Collection[date] = ()
) -> int:
    """Seconds of opening hours between start and end; negative if end comes first."""
    if end < start:
        return -business_seconds(end, start, holidays)
    total = 0
    day = start.date()
    while day <= end.date():
        if day.weekday() not in WEEKEND:
            window_start = max(start, datetime.combine(day, OPENING))
            window_end = min(end, datetime.combine(day, CLOSING))
            if window_end > window_start:
                total += int((window_end - window_start).total_seconds())
        day += timedelta(days=1)
    return total


def business_hours(
    start: datetime, end: datetime, holidays: Collection[date] = ()
) -> float:
    return round(business_seconds(start, end, holidays) / 3600, 2)
