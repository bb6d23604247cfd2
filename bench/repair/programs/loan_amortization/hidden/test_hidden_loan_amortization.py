from decimal import Decimal

import pytest

from loan_amortization import monthly_payment, schedule, to_cents, total_interest

CASES = [
    (2_500_000, Decimal("0.045"), 36, 74367, 177223, 74378),
    (50_000, Decimal("0.12"), 6, 8627, 1765, 8630),
    (1_000, Decimal("0.07"), 7, 146, 24, 148),
    (99_999, Decimal("0.035"), 5, 20175, 878, 20177),
]


@pytest.mark.parametrize("principal,rate,months,payment,interest,last", CASES)
def test_known_loans(principal, rate, months, payment, interest, last):
    plan = schedule(principal, rate, months)
    assert monthly_payment(principal, rate, months) == payment
    assert total_interest(principal, rate, months) == interest
    assert [row.amount for row in plan[:-1]] == [payment] * (months - 1)
    assert plan[-1].amount == last
    assert plan[-1].balance == 0


@pytest.mark.parametrize("principal,rate,months,payment,interest,last", CASES)
def test_rows_are_consistent(principal, rate, months, payment, interest, last):
    balance = principal
    for number, row in enumerate(schedule(principal, rate, months), start=1):
        assert row.month == number
        assert row.interest == to_cents(balance * rate / 12)
        assert row.amount == row.interest + row.principal
        assert row.balance == balance - row.principal
        balance = row.balance
    assert balance == 0


def test_second_month_interest_on_remaining_balance():
    plan = schedule(2_500_000, Decimal("0.045"), 36)
    assert [row.interest for row in plan[:3]] == [9375, 9131, 8887]


def test_zero_rate_small_amount():
    plan = schedule(100, Decimal("0"), 3)
    assert [(row.amount, row.balance) for row in plan] == [(33, 67), (33, 34), (34, 0)]


def test_zero_rate_rounding_up_payment():
    plan = schedule(200, Decimal("0"), 3)  # 66.67 rounds to 67
    assert [row.amount for row in plan] == [67, 67, 66]
    assert plan[-1].balance == 0


def test_single_month_loan():
    plan = schedule(10_000, Decimal("0.12"), 1)
    assert [(row.amount, row.interest, row.principal, row.balance) for row in plan] == [
        (10_100, 100, 10_000, 0)
    ]


def test_to_cents_rounds_half_up():
    assert to_cents(Decimal("2.5")) == 3
    assert to_cents(Decimal("2.4999")) == 2
