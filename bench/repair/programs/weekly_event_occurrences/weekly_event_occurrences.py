"""Expand a weekly recurring event ("every 2 weeks on Mon and Thu").

Weeks start on Monday and are counted from the week that contains ``start``;
dates in that first week that fall before ``start`` are skipped. Expansion
stops at ``until`` (inclusive) or after ``count`` dates, whichever comes first.
"""
from datetime import date, timedelta


def occurrences(start, weekdays, every=1, until=None, count=None):
    if until is None and count is None:
        raise ValueError("give until or count")
    if every < 1:
        raise ValueError("every must be at least 1")
    days = sorted(set(weekdays))
    if not days:
        return []
    week_start = start
    result = []
    while True:
        for weekday in days:
            day = week_start + timedelta(days=weekday)
            if day < week_start:
                continue
            if until is not None and day > until:
                return result
            result.append(day)
            if count is not None and len(result) >= count:
                return result
        week_start += timedelta(weeks=every)


def next_occurrence(start, weekdays, every, after):
    """First occurrence strictly after ``after`` (None if the rule is empty)."""
    if after < start:
        found = occurrences(start, weekdays, every, count=1)
        return found[0] if found else None
    span = occurrences(start, weekdays, every, until=after + timedelta(weeks=every))
    for day in span:
        if day > after:
            return day
    return None


def weekday_names(weekdays):
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return ", ".join(names[d] for d in sorted(set(weekdays)))
