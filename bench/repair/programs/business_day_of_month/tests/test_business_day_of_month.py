from datetime import date

import pytest

from business_day_of_month import add_business_days, nth_business_day, roll_forward

# 2024-06-01 is a Saturday
JUNETEENTH = date(2024, 6, 19)


def test_first_and_last_business_day():
    assert nth_business_day(2024, 6, 1) == date(2024, 6, 3)
    assert nth_business_day(2024, 6, -1) == date(2024, 6, 28)


def test_nth_out_of_range():
    assert nth_business_day(2024, 6, 25) is None
    with pytest.raises(ValueError):
        nth_business_day(2024, 6, 0)


def test_add_business_days_over_weekend():
    assert add_business_days(date(2024, 6, 7), 1) == date(2024, 6, 10)
    assert add_business_days(date(2024, 6, 10), -1) == date(2024, 6, 7)


def test_add_business_days_skips_holiday():
    assert add_business_days(date(2024, 6, 18), 2, {JUNETEENTH}) == date(2024, 6, 21)


def test_roll_forward_from_saturday():
    assert roll_forward(date(2024, 6, 15)) == date(2024, 6, 17)
    assert roll_forward(date(2024, 6, 17)) == date(2024, 6, 17)
