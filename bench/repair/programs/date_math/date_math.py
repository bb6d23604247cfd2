"""Calendar arithmetic on (year, month, day) tuples, proleptic Gregorian calendar."""

Date = tuple[int, int, int]

DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(year: int) -> bool:
    return year % 4 == 0 and year % 100 != 0


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return DAYS_IN_MONTH[month - 1]


def day_of_year(date: Date) -> int:
    year, month, day = date
    return sum(days_in_month(year, m) for m in range(1, month)) + day


def add_days(date: Date, days: int) -> Date:
    year, month, day = date
    day += days
    while day > days_in_month(year, month):
        day -= days_in_month(year, month)
        month += 1
        if month > 12:
            month, year = 1, year + 1
    while day < 1:
        month -= 1
        if month < 1:
            month, year = 12, year - 1
        day += days_in_month(year, month)
    return year, month, day


def weekday(date: Date) -> int:
    """0 = Monday ... 6 = Sunday."""
    y = date[0] - 1
    ordinal = y * 365 + y // 4 - y // 100 + y // 400 + day_of_year(date)
    return (ordinal - 1) % 7
