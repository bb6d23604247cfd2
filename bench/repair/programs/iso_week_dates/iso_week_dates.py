"""ISO 8601 weeks: Monday-based weeks, week 1 is the week holding the year's first Thursday."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

LABEL = re.compile(r"(\d{4})-W(\d{2})")


def week_one_monday(year: int) -> date:
    """Monday of ISO week 1 (January 4th always falls in week 1)."""
    jan4 = date(year, 1, 4)
    return jan4 - timedelta(days=jan4.weekday())


def weeks_in_year(year: int) -> int:
    return (week_one_monday(year + 1) - week_one_monday(year)).days // 7


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.week <= weeks_in_year(self.year):
            raise ValueError(f"{self.year} has no ISO week {self.week}")

    @classmethod
    def from_date(cls, day: date) -> IsoWeek:
        year = day.year
        iso_year = year
        if day >= week_one_monday(year + 1):
            iso_year = year + 1
        elif day < week_one_monday(year):
            iso_year = year - 1
        return cls(iso_year, (day - week_one_monday(year)).days // 7 + 1)

    @classmethod
    def parse(cls, label: str) -> IsoWeek:
        match = LABEL.fullmatch(label)
        if match is None:
            raise ValueError(f"not an ISO week label: {label!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"

    def monday(self) -> date:
        return week_one_monday(self.year) + timedelta(weeks=self.week - 1)

    def days(self) -> list[date]:
        start = self.monday()
        return [start + timedelta(days=offset) for offset in range(7)]

    def next(self) -> IsoWeek:
        if self.week < weeks_in_year(self.year):
            return IsoWeek(self.year, self.week + 1)
        return IsoWeek(self.year + 1, 1)
