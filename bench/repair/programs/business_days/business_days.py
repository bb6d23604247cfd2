"""Business-day arithmetic over a calendar of weekends and public holidays."""

from dataclasses import dataclass, field
from datetime import date, timedelta

SATURDAY = 5


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < SATURDAY and day not in self.holidays

    def business_days_between(self, start: date, end: date) -> int:
        """Business days d with start <= d < end; negative when end is before start."""
        if end < start:
            return -self.business_days_between(end, start)
        weeks, extra = divmod((end - start).days, 7)
        count = weeks * 5
        for offset in range(extra):
            if (start + timedelta(days=offset)).weekday() < SATURDAY:
                count += 1
        count -= sum(1 for holiday in self.holidays
                     if start < holiday < end and holiday.weekday() < SATURDAY)
        return count

    def add_business_days(self, start: date, count: int) -> date:
        """The day `count` business days after start (before it when count is negative)."""
        step = timedelta(days=1 if count >= 0 else -1)
        day = start
        remaining = abs(count)
        while remaining:
            day += step
            if self.is_business_day(day):
                remaining -= 1
        return day

    def next_business_day(self, day: date) -> date:
        """`day` itself when it is a business day, else the first one after it."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day
