"""Next fire time of a tiny cron-like rule.

A rule is written as three space-separated fields, ``"MINUTE HOUR WEEKDAY"``,
each of which accepts ``*``, single numbers, ranges ``a-b``, comma lists and a
``/step`` suffix (weekday 0 is Monday, as in ``date.weekday()``).
"""
from datetime import datetime, timedelta


def parse_field(spec, low, high):
    values = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/")
            step = int(step_text)
        if part == "*":
            start, end = low, high
        elif "-" in part:
            first, last = part.split("-")
            start, end = int(first), int(last)
        else:
            start = end = int(part)
        if start < low or end > high or start > end:
            raise ValueError(f"field {spec!r} out of range {low}-{high}")
        values.update(range(start, end + 1, step))
    return sorted(values)


def parse_rule(text):
    fields = text.split()
    if len(fields) != 3:
        raise ValueError("expected MINUTE HOUR WEEKDAY")
    minute, hour, weekday = fields
    return (
        parse_field(minute, 0, 59),
        parse_field(hour, 0, 23),
        parse_field(weekday, 0, 6),
    )


def next_run(rule, after):
    """First matching minute strictly after ``after``."""
    if isinstance(rule, str):
        rule = parse_rule(rule)
    minutes, hours, weekdays = rule
    for offset in range(8):
        day = (after + timedelta(days=offset)).date()
        if day.weekday() not in weekdays:
            continue
        for hour in hours:
            for minute in minutes:
                candidate = datetime(day.year, day.month, day.day, hour, minute)
                if candidate >= after:
                    return candidate
    return None


def upcoming(rule, after, count):
    """The next ``count`` fire times after ``after``."""
    times = []
    current = after
    for _ in range(count):
        current = next_run(rule, current)
        if current is None:
            break
        times.append(current)
    return times
