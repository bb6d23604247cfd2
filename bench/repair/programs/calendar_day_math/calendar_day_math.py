"""Day arithmetic and weekdays without the datetime module (dates from 1970 on)."""

from dataclasses import dataclass

DAYS_IN_MONTH = (31, 28, 31, 30, 31, 31, 31, 31, 30, 31, 30, 31)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EPOCH_WEEKDAY = 3  # 1970-01-01 was a Thursday; Monday is 0


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return DAYS_IN_MONTH[month - 1]


@dataclass(frozen=True, order=True)
class Day:
    year: int
    month: int
    day: int

    def plus_days(self, count: int) -> "Day":
        year, month, day = self.year, self.month, self.day + count
        while day > month_length(year, month):
            day -= month_length(year, month)
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        while day < 1:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
            day += month_length(year, month)
        return Day(year, month, day)

    def days_since_epoch(self) -> int:
        days = sum(366 if is_leap(year) else 365 for year in range(1970, self.year))
        days += sum(month_length(self.year, month) for month in range(1, self.month))
        return days + self.day - 1

    def weekday(self) -> int:
        return (self.days_since_epoch() + EPOCH_WEEKDAY) % 7

    def weekday_name(self) -> str:
        return WEEKDAY_NAMES[self.weekday()]

    def next_weekday(self, target: int) -> "Day":
        """The first day strictly after this one that falls on `target` (0 = Monday)."""
        return self.plus_days((target - self.weekday() - 1) % 7 + 1)

    def add_business_days(self, count: int) -> "Day":
        """Move forward `count` weekdays, skipping Saturdays and Sundays."""
        current = self
        while count > 0:
            current = current.plus_days(1)
            if current.weekday() < 5:
                count -= 1
        return current

    def last_of_month(self) -> "Day":
        return Day(self.year, self.month, month_length(self.year, self.month))
