"""Deadlines written with fixed UTC offsets ("2024-05-01T17:00+02:00"), compared on one clock."""

import re
from datetime import datetime, timedelta

_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})")


def parse_offset(text: str) -> int:
    """'Z', '+05:30', '-03:30' -> minutes east of UTC."""
    if text == "Z":
        return 0
    sign = -1 if text[0] == "-" else 1
    hours, minutes = text[1:].split(":")
    return sign * (int(hours) * 60 + int(minutes))


def to_utc(stamp: str) -> datetime:
    """The moment a stamp names, as a naive datetime on the UTC clock."""
    match = _STAMP.fullmatch(stamp)
    if match is None:
        raise ValueError(f"bad timestamp {stamp!r}; expected YYYY-MM-DDTHH:MM with Z or ±HH:MM")
    year, month, day, hour, minute = (int(part) for part in match.groups()[:5])
    local = datetime(year, month, day, hour, minute)
    return local + timedelta(minutes=parse_offset(match.group(6)))


def format_utc(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%MZ")


def is_late(submitted: str, deadline: str) -> bool:
    """Submitting exactly at the deadline is on time."""
    return to_utc(submitted) > to_utc(deadline)


def minutes_left(now: str, deadline: str) -> int:
    """Whole minutes until the deadline (negative once it has passed)."""
    return int((to_utc(deadline) - to_utc(now)).total_seconds()) // 60


def next_deadline(now: str, deadlines: dict[str, str]) -> str | None:
    """Name of the earliest deadline not yet passed at now; None when all have passed."""
    current = to_utc(now)
    pending = sorted(
        (moment, name)
        for name, moment in ((name, to_utc(stamp)) for name, stamp in deadlines.items())
        if moment >= current
    )
    return pending[0][1] if pending else None
