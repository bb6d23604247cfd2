from decimal import Decimal

from growth_schedule import periods_to_reach, project


def test_monthly_interest_is_credited_to_the_cent():
    rows = project("1000", "0.12", 1).rows
    assert len(rows) == 12
    assert rows[0].interest == Decimal("10.00")
    assert rows[1].balance == Decimal("1020.10")
    assert rows[4].interest == Decimal("10.41")


def test_one_year_monthly_final_balance():
    assert project("1000", "0.12", 1).final_balance == Decimal("1126.84")


def test_annual_compounding():
    projection = project("1000", "0.05", 2, periods_per_year=1)
    assert [row.balance for row in projection.rows] == [Decimal("1050.00"), Decimal("1102.50")]
    assert projection.total_interest == Decimal("102.50")
    assert projection.total_deposits == 0


def test_deposits_at_end_of_period():
    projection = project("0", "0.06", 1, deposit="100")
    assert projection.rows[0].balance == Decimal("100.00")
    assert projection.total_deposits == Decimal("1200")
    assert projection.final_balance == Decimal("1233.56")


def test_deposits_at_start_earn_interest_sooner():
    projection = project("0", "0.06", 1, deposit="100", deposit_at_start=True)
    assert projection.rows[0].interest == Decimal("0.50")
    assert projection.final_balance == Decimal("1239.73")


def test_periods_to_reach_target():
    assert periods_to_reach("1000", "0", "0.12", "100") == 10
    assert periods_to_reach("500", "800", "0.05", "0") == 0
    assert periods_to_reach("500", "100", "0", "0", max_years=3) is None
