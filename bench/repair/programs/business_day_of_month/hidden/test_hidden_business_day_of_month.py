from datetime import date

from business_day_of_month import (
    add_business_days,
    business_days_in_month,
    is_business_day,
    nth_business_day,
    roll_forward,
)

NEW_YEAR = date(2025, 1, 1)
XMAS = {date(2024, 12, 25), date(2024, 12, 26)}


def test_is_business_day_respects_holidays():
    assert not is_business_day(NEW_YEAR, {NEW_YEAR})
    assert is_business_day(NEW_YEAR)
    assert not is_business_day(date(2025, 1, 4), set())


def test_month_listing_drops_holidays():
    days = business_days_in_month(2024, 12, XMAS)
    assert date(2024, 12, 25) not in days and date(2024, 12, 26) not in days
    assert len(days) == 20


def test_nth_business_day_with_holiday_at_start():
    assert nth_business_day(2025, 1, 1, {NEW_YEAR}) == date(2025, 1, 2)
    assert nth_business_day(2025, 1, 3, {NEW_YEAR}) == date(2025, 1, 6)


def test_last_business_day_is_a_holiday():
    holidays = {date(2024, 5, 31)}
    assert nth_business_day(2024, 5, -1, holidays) == date(2024, 5, 30)
    assert nth_business_day(2024, 5, -1) == date(2024, 5, 31)


def test_backwards_over_holidays():
    assert add_business_days(date(2024, 12, 27), -1, XMAS) == date(2024, 12, 24)
    assert add_business_days(date(2024, 12, 24), 1, XMAS) == date(2024, 12, 27)
    assert add_business_days(date(2024, 12, 24), 0, XMAS) == date(2024, 12, 24)


def test_roll_forward_over_holiday_monday():
    assert roll_forward(date(2024, 5, 25), {date(2024, 5, 27)}) == date(2024, 5, 28)


def test_count_beyond_month_end():
    assert nth_business_day(2024, 12, 21, XMAS) is None
    assert nth_business_day(2024, 12, 20, XMAS) == date(2024, 12, 31)
