"""Calendar helpers on the proleptic Gregorian calendar, using Sakamoto's day-of-week method."""

MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 2, 4, 6, 2, 4]
WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap_year(year):
        return 29
    return DAYS_IN_MONTH[month - 1]


def day_of_week(year: int, month: int, day: int) -> int:
    """0 = Sunday ... 6 = Saturday."""
    if month < 3:
        year -= 1
    return (year + year // 4 - year // 100 + year // 400 + MONTH_OFFSETS[month - 1] + day) % 7


def weekday_name(year: int, month: int, day: int) -> str:
    return WEEKDAYS[day_of_week(year, month, day)]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> int:
    """Day of the month of the n-th given weekday (n = -1 for the last one).

    nth_weekday(2024, 11, 4, 4) is US Thanksgiving 2024 (fourth Thursday): 28.
    """
    last = days_in_month(year, month)
    if n > 0:
        day = 1 + (weekday - day_of_week(year, month, 1)) % 7 + 7 * (n - 1)
    else:
        day = last - (day_of_week(year, month, last) - weekday) % 7 + 7 * (n + 1)
    if not 1 <= day <= last:
        raise ValueError(f"there is no weekday #{n} of {weekday} in {year}-{month:02d}")
    return day
