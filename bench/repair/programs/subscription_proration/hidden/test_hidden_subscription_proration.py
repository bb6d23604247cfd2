from datetime import date

import pytest

from subscription_proration import add_months, billing_period, plan_change_invoice, prorate_change


def test_change_on_first_day_charges_full_difference():
    assert prorate_change(1000, 2500, date(2024, 2, 1), date(2024, 3, 1), date(2024, 2, 1)) == 1500


def test_change_on_last_day_is_one_day():
    # February 2024 has 29 days
    assert prorate_change(2900, 5800, date(2024, 2, 1), date(2024, 3, 1), date(2024, 2, 29)) == 100


def test_downgrade_last_week_of_thirty_day_month():
    # June 24..30 is 7 of 30 days
    assert prorate_change(6000, 3000, date(2023, 6, 1), date(2023, 7, 1), date(2023, 6, 24)) == -700


def test_yearly_plan_upgrade():
    invoice = plan_change_invoice(date(2023, 3, 1), 36500, 73000, date(2023, 12, 31), months=12)
    assert invoice["period_start"] == date(2023, 3, 1)
    assert invoice["period_end"] == date(2024, 3, 1)
    # 2023-12-31 .. 2024-02-29 is 61 of 366 days
    assert invoice["amount"] == round(36500 * 61 / 366)
    assert invoice["kind"] == "charge"


def test_upgrade_in_february_from_anchor_on_the_31st():
    invoice = plan_change_invoice(date(2023, 1, 31), 1000, 3800, date(2023, 3, 10))
    assert (invoice["period_start"], invoice["period_end"]) == (date(2023, 2, 28), date(2023, 3, 31))
    # 21 of 31 days remain
    assert invoice["amount"] == round(2800 * 21 / 31)


def test_add_months_clamps_and_wraps_years():
    assert add_months(date(2023, 11, 30), 3) == date(2024, 2, 29)
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert add_months(date(2024, 5, 31), 0) == date(2024, 5, 31)


def test_billing_period_on_the_boundary():
    assert billing_period(date(2024, 1, 15), date(2024, 2, 15)) == (date(2024, 2, 15), date(2024, 3, 15))
    assert billing_period(date(2024, 1, 15), date(2024, 1, 15)) == (date(2024, 1, 15), date(2024, 2, 15))


def test_date_before_start_rejected():
    with pytest.raises(ValueError):
        billing_period(date(2024, 1, 15), date(2024, 1, 14))
    with pytest.raises(ValueError):
        prorate_change(1000, 2000, date(2024, 1, 1), date(2024, 2, 1), date(2023, 12, 31))
