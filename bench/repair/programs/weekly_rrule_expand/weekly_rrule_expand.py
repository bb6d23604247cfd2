"""Expands a weekly recurrence, as in RRULE:FREQ=WEEKLY;INTERVAL=n;BYDAY=...;COUNT=k or UNTIL=d."""

from datetime import date, timedelta

WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def parse_rule(rule: str) -> dict[str, str]:
    """'FREQ=WEEKLY;BYDAY=MO,WE' -> {'FREQ': 'WEEKLY', 'BYDAY': 'MO,WE'}."""
    parts = (item.split("=", 1) for item in rule.removeprefix("RRULE:").split(";") if item)
    return {key.upper(): value for key, value in parts}


def occurrences(start: date, rule: str, exdates: frozenset[date] = frozenset()) -> list[date]:
    """Dates of the series from start on (start itself only if it falls on a BYDAY day).

    Weeks run Monday to Sunday. With INTERVAL=n only every n-th week is used, counting
    from the week that contains start. COUNT counts occurrences before exdates are removed.
    """
    fields = parse_rule(rule)
    if fields.get("FREQ") != "WEEKLY":
        raise ValueError("only FREQ=WEEKLY is supported")
    count = int(fields["COUNT"]) if "COUNT" in fields else None
    until = date.fromisoformat(fields["UNTIL"]) if "UNTIL" in fields else None
    if count is None and until is None:
        raise ValueError("an endless series needs COUNT or UNTIL")
    interval = int(fields.get("INTERVAL", "1"))
    byday = fields.get("BYDAY")
    days = {WEEKDAYS[code] for code in byday.split(",")} if byday else {start.weekday()}
    week_start = start - timedelta(days=start.weekday())

    found: list[date] = []
    day = start
    while (count is None or len(found) < count) and (until is None or day <= until):
        weeks = (day - start).days // 7
        if day.weekday() in days and weeks % interval == 0:
            found.append(day)
        day += timedelta(days=1)
    return [d for d in found if d not in exdates]


def next_occurrence(start: date, rule: str, after: date) -> date | None:
    """First occurrence strictly after the given date, or None when the series has ended."""
    return next((d for d in occurrences(start, rule) if d > after), None)
