from datetime import date

import pytest

from billing_cycle_dates import billing_dates, days_in_month, is_leap, period_end


def test_leap_years():
    assert is_leap(2024) and is_leap(2000)
    assert not is_leap(2100) and not is_leap(2023)


def test_days_in_month():
    assert days_in_month(2024, 2) == 29
    assert days_in_month(2023, 2) == 28
    assert days_in_month(2023, 4) == 30
    assert days_in_month(2023, 12) == 31


def test_first_date_is_the_anchor():
    anchor = date(2024, 5, 17)
    assert next(billing_dates(anchor, 1)) == anchor


def test_monthly_mid_month():
    assert list(billing_dates(date(2024, 1, 15), 3)) == [
        date(2024, 1, 15), date(2024, 2, 15), date(2024, 3, 15),
    ]


def test_end_of_month_signup_is_clamped():
    assert list(billing_dates(date(2023, 1, 31), 4)) == [
        date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31), date(2023, 4, 30),
    ]


def test_quarterly_across_year_end():
    assert list(billing_dates(date(2024, 11, 10), 3, interval=3)) == [
        date(2024, 11, 10), date(2025, 2, 10), date(2025, 5, 10),
    ]


def test_period_end():
    assert period_end(date(2024, 1, 31), 0) == date(2024, 2, 28)


def test_interval_must_be_positive():
    with pytest.raises(ValueError):
        list(billing_dates(date(2024, 1, 1), 3, interval=0))
