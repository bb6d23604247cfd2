"""Day arithmetic on (year, month, day) tuples in the proleptic Gregorian calendar."""

MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
EPOCH_YEAR = 1970

Ymd = tuple[int, int, int]


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_year(year: int) -> int:
    return 366 if is_leap(year) else 365


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return MONTH_DAYS[month - 1]


def day_of_year(year: int, month: int, day: int) -> int:
    """1 for January 1st, 365 or 366 for December 31st."""
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        raise ValueError(f"no such date: {year:04d}-{month:02d}-{day:02d}")
    total = day
    for earlier in range(1, month):
        total += days_in_month(year, earlier)
    return total


def epoch_day(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01; negative for earlier dates."""
    days = 0
    if year >= EPOCH_YEAR:
        for y in range(EPOCH_YEAR, year):
            days += days_in_year(y)
    else:
        for y in range(year, EPOCH_YEAR):
            days += days_in_year(y)
    return days + day_of_year(year, month, day) - 1


def days_between(start: Ymd, end: Ymd) -> int:
    """Signed number of days from start to end."""
    return epoch_day(*end) - epoch_day(*start)


def weekday(year: int, month: int, day: int) -> int:
    """0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday)."""
    return (epoch_day(year, month, day) + 3) % 7
