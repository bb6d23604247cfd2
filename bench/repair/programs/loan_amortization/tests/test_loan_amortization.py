from decimal import Decimal

import pytest

from loan_amortization import monthly_payment, schedule, total_interest


def test_monthly_payment():
    assert monthly_payment(1_000_000, Decimal("0.06"), 12) == 86066


def test_zero_rate_payment():
    assert monthly_payment(100_000, Decimal("0"), 3) == 33333


def test_months_must_be_positive():
    with pytest.raises(ValueError):
        monthly_payment(100_000, Decimal("0.05"), 0)


def test_first_installments():
    plan = schedule(1_000_000, Decimal("0.06"), 12)
    assert (plan[0].interest, plan[0].principal, plan[0].balance) == (5000, 81066, 918934)
    assert (plan[1].interest, plan[1].principal, plan[1].balance) == (4595, 81471, 837463)


def test_loan_is_paid_off_exactly():
    plan = schedule(1_000_000, Decimal("0.06"), 12)
    assert len(plan) == 12
    assert plan[-1].balance == 0
    assert sum(row.principal for row in plan) == 1_000_000


def test_zero_rate_schedule():
    plan = schedule(100_000, Decimal("0"), 3)
    assert [row.amount for row in plan] == [33333, 33333, 33334]


def test_total_interest():
    assert total_interest(1_000_000, Decimal("0.06"), 12) == 32796
