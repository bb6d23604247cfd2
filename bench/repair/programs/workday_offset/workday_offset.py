"""Working-day arithmetic over a calendar of weekend days and public holidays."""

from dataclasses import dataclass
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = frozenset()
    weekend: frozenset[int] = frozenset({5, 6})  # date.weekday(): Monday is 0

    def __post_init__(self) -> None:
        if len(self.weekend) >= 7:
            raise ValueError("a calendar needs at least one working weekday")

    def is_workday(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def next_workday(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += ONE_DAY
        return day

    def add_workdays(self, start: date, days: int) -> date:
        """The date `days` working days after `start`, or before it when `days` is negative."""
        step = ONE_DAY if days >= 0 else -ONE_DAY
        remaining = days
        current = start
        while remaining > 0:
            current += step
            if self.is_workday(current):
                remaining -= 1
        return current

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in [start, end); negative when `end` comes before `start`."""
        sign = 1
        if end < start:
            start, end, sign = end, start, -1
        total = (end - start).days
        count = sum(1 for offset in range(total) if self.is_workday(start + offset * ONE_DAY))
        return sign * count
