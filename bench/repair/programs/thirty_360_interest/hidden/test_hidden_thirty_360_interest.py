from datetime import date
from decimal import Decimal

import pytest

from thirty_360_interest import accrued_interest, day_count, days_30_360


@pytest.mark.parametrize("start, end, days", [
    (date(2024, 1, 30), date(2024, 3, 31), 60),
    (date(2024, 1, 29), date(2024, 3, 31), 62),
    (date(2023, 12, 31), date(2024, 6, 30), 180),
    (date(2024, 2, 29), date(2024, 3, 31), 32),
    (date(2024, 5, 31), date(2024, 8, 31), 90),
    (date(2024, 2, 15), date(2024, 8, 31), 196),
    (date(2024, 4, 1), date(2024, 4, 30), 29),
    (date(2023, 2, 28), date(2024, 2, 28), 360),
    (date(2024, 6, 10), date(2024, 6, 10), 0),
])
def test_days_30_360(start, end, days):
    assert days_30_360(start, end) == days


def test_accrued_interest_month_ending_on_31st():
    amount = accrued_interest(250_000, "0.048", date(2024, 7, 1), date(2024, 7, 31))
    assert amount == Decimal("1000.00")


def test_accrued_interest_actual_365():
    amount = accrued_interest(10_000, "0.0365", date(2024, 1, 1), date(2024, 2, 1), "ACT/365")
    assert amount == Decimal("31.00")


def test_accrued_interest_rounds_half_even():
    # 1000 * 0.045 * 1 / 360 = 0.125 -> 0.12
    assert accrued_interest(1000, "0.045", date(2024, 3, 1), date(2024, 3, 2)) == Decimal("0.12")


def test_unknown_convention():
    with pytest.raises(ValueError):
        day_count(date(2024, 1, 1), date(2024, 2, 1), "30E/360")
