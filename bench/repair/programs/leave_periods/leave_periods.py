"""Reads ISO 8601 date intervals ("2024-03-01/2024-03-05", "2024-03-01/P3D") and merges them."""

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

DURATION = re.compile(r"P(?:(\d+)W)?(?:(\d+)D)?")
ONE_DAY = timedelta(days=1)


def parse_period(text: str) -> tuple[date, date]:
    """First and last day (inclusive) of an interval."""
    start_text, end_text = text.strip().split("/")
    start = date.fromisoformat(start_text)
    if end_text.startswith("P"):
        match = DURATION.fullmatch(end_text)
        if match is None:
            raise ValueError(f"unsupported duration {end_text!r}")
        weeks, days = (int(group or 0) for group in match.groups())
        end = start + timedelta(weeks=weeks, days=days) - ONE_DAY
    else:
        end = date.fromisoformat(end_text)
    if end < start:
        raise ValueError(f"empty or reversed period {text!r}")
    return start, end


def merge_periods(texts: Iterable[str]) -> Iterator[tuple[date, date]]:
    """Yields disjoint periods in date order; overlapping or touching periods are joined."""
    periods = sorted(parse_period(text) for text in texts)
    if not periods:
        return
    current_start, current_end = periods[0]
    for start, end in periods[1:]:
        if start <= current_end + ONE_DAY:
            current_end = end
        else:
            yield current_start, current_end
            current_start, current_end = start, end
    yield current_start, current_end


def days_off(texts: Iterable[str]) -> int:
    return sum((end - start).days + 1 for start, end in merge_periods(texts))
