"""Bucket dated rows by day, week, month or quarter and total a value column."""

from datetime import date, datetime, timedelta

PERIODS = ("day", "week", "month", "quarter")


def to_date(value):
    """Accept a date, a datetime, or an ISO string such as '2024-03-05T10:00'."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value.strip()[:10])


def bucket_start(d, period):
    """First day of the bucket holding ``d``; weeks start on Monday."""
    if period == "day":
        return d
    if period == "week":
        return d - timedelta(days=d.isoweekday())
    if period == "month":
        return d.replace(day=1)
    if period == "quarter":
        return d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    raise ValueError(f"unknown period {period!r}, expected one of {PERIODS}")


def next_bucket(start, period):
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    step = 1 if period == "month" else 3
    month = start.month - 1 + step
    return date(start.year + month // 12, month % 12 + 1, 1)


def bucket_totals(rows, date_key, value_key, period="day", fill_gaps=False):
    """Return [(bucket_start, total), ...] sorted by bucket.

    With ``fill_gaps`` every bucket between the first and the last one is
    listed, with a total of 0 where no row fell.
    """
    totals = {}
    for row in rows:
        start = bucket_start(to_date(row[date_key]), period)
        totals[start] = totals.get(start, 0) + row[value_key]
    if fill_gaps and totals:
        current, last = min(totals), max(totals)
        while current <= last:
            totals.setdefault(current, 0)
            current = next_bucket(current, period)
    return sorted(totals.items())
