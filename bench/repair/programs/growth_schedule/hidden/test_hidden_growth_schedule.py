from decimal import Decimal

import pytest

from growth_schedule import project


@pytest.mark.parametrize("principal, rate, years, per_year, deposit, at_start", [
    ("1000", "0.12", 1, 12, "0", False),
    ("2500", "0.04", 3, 4, "150", False),
    ("0", "0.06", 2, 12, "100", True),
    ("10000", "0.035", 5, 1, "1000", True),
    ("750.25", "0.018", 4, 52, "20", False),
])
def test_totals_account_for_the_whole_balance(principal, rate, years, per_year, deposit, at_start):
    projection = project(principal, rate, years, per_year, deposit, at_start)
    assert projection.total_interest == sum(row.interest for row in projection.rows)
    assert projection.total_deposits == sum(row.deposit for row in projection.rows)
    assert (Decimal(principal) + projection.total_deposits + projection.total_interest
            == projection.final_balance)


def test_monthly_total_interest():
    assert project("1000", "0.12", 1).total_interest == Decimal("126.84")


def test_deposit_totals_and_interest():
    end = project("0", "0.06", 1, deposit="100")
    start = project("0", "0.06", 1, deposit="100", deposit_at_start=True)
    assert end.total_interest == Decimal("33.56")
    assert start.total_interest == Decimal("39.73")
    assert start.total_deposits == end.total_deposits == Decimal("1200")


def test_quarterly_rows():
    projection = project("2000", "0.08", 1, periods_per_year=4)
    assert [row.interest for row in projection.rows] == [
        Decimal("40.00"), Decimal("40.80"), Decimal("41.62"), Decimal("42.45")]
    assert projection.total_interest == Decimal("164.87")
    assert projection.final_balance == Decimal("2164.87")


def test_zero_years():
    projection = project("500", "0.05", 0)
    assert projection.rows == []
    assert projection.final_balance == Decimal("500")
    assert projection.total_interest == 0
    assert projection.total_deposits == 0


def test_zero_rate_only_deposits():
    projection = project("100", "0", 2, periods_per_year=2, deposit="25")
    assert projection.total_interest == 0
    assert projection.final_balance == Decimal("200")
