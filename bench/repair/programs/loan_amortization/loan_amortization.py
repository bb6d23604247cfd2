"""Fixed-rate loan amortization in integer cents."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Installment:
    month: int
    amount: int  # cents paid this month
    interest: int
    principal: int
    balance: int  # cents still owed after this payment


def to_cents(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def monthly_payment(principal: int, annual_rate: Decimal, months: int) -> int:
    """Level payment, in cents, that repays `principal` cents over `months` months."""
    if months <= 0:
        raise ValueError("months must be positive")
    rate = annual_rate / 12
    if rate == 0:
        return to_cents(Decimal(principal) / months)
    growth = (1 + rate) ** months
    return to_cents(principal * rate * growth / (growth - 1))


def schedule(principal: int, annual_rate: Decimal, months: int) -> list[Installment]:
    """Month-by-month plan; the last payment absorbs rounding so the balance ends at 0."""
    payment = monthly_payment(principal, annual_rate, months)
    rate = annual_rate / 12
    balance = principal
    plan = []
    for month in range(1, months + 1):
        interest = to_cents(principal * rate)
        repaid = payment - interest
        if repaid > balance:
            repaid = balance
        balance -= repaid
        plan.append(Installment(month, interest + repaid, interest, repaid, balance))
    return plan


def total_interest(principal: int, annual_rate: Decimal, months: int) -> int:
    return sum(row.interest for row in schedule(principal, annual_rate, months))
