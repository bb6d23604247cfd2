from datetime import date

import pytest

from subscription_proration import billing_period, plan_change_invoice, prorate_change


def test_upgrade_mid_month_charges_the_difference_for_remaining_days():
    # January has 31 days; Jan 16..31 is 16 days on the new plan
    assert prorate_change(1000, 2000, date(2024, 1, 1), date(2024, 2, 1), date(2024, 1, 16)) == 516


def test_downgrade_gives_a_credit():
    invoice = plan_change_invoice(date(2023, 4, 10), 3000, 1500, date(2023, 4, 25))
    assert invoice["period_start"] == date(2023, 4, 10)
    assert invoice["period_end"] == date(2023, 5, 10)
    assert invoice["amount"] == -750
    assert invoice["kind"] == "credit"


def test_same_price_is_free():
    invoice = plan_change_invoice(date(2024, 3, 1), 900, 900, date(2024, 3, 20))
    assert invoice["amount"] == 0
    assert invoice["kind"] == "none"


def test_billing_period_keeps_the_anchor_day():
    assert billing_period(date(2024, 1, 31), date(2024, 3, 5)) == (date(2024, 2, 29), date(2024, 3, 31))


def test_change_outside_period_rejected():
    with pytest.raises(ValueError):
        prorate_change(1000, 2000, date(2024, 1, 1), date(2024, 2, 1), date(2024, 2, 1))
