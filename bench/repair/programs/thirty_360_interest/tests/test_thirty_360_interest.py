from datetime import date
from decimal import Decimal

import pytest

from thirty_360_interest import accrued_interest, day_count, days_30_360


def test_semiannual_coupon_period():
    assert days_30_360(date(2024, 1, 15), date(2024, 7, 15)) == 180


def test_month_end_to_month_end():
    assert days_30_360(date(2024, 1, 31), date(2024, 3, 31)) == 60


def test_accrued_interest_for_march():
    amount = accrued_interest(1_000_000, "0.05", date(2024, 3, 1), date(2024, 3, 31))
    assert amount == Decimal("4166.67")


def test_actual_conventions():
    start, end = date(2024, 1, 1), date(2024, 3, 1)
    assert day_count(start, end, "ACT/360") == (60, 360)
    assert day_count(start, end, "ACT/365") == (60, 365)


def test_end_before_start():
    with pytest.raises(ValueError):
        day_count(date(2024, 5, 1), date(2024, 4, 1))
