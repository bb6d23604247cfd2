"""Period-by-period savings schedule: compound interest plus a fixed deposit each period."""

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Row:
    period: int
    deposit: Decimal
    interest: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Projection:
    principal: Decimal
    rows: list[Row]
    total_deposits: Decimal
    total_interest: Decimal

    @property
    def final_balance(self) -> Decimal:
        return self.rows[-1].balance if self.rows else self.principal


def project(
    principal: Decimal | str,
    annual_rate: Decimal | str,
    years: int,
    periods_per_year: int = 12,
    deposit: Decimal | str = "0",
    deposit_at_start: bool = False,
) -> Projection:
    """Interest is credited each period, rounded to the cent.

    A deposit at the start of a period earns that period's interest; one at the end does not.
    """
    rate = Decimal(annual_rate) / periods_per_year
    payment = Decimal(deposit)
    balance = Decimal(principal)
    rows: list[Row] = []
    total_deposits = Decimal(0)
    total_interest = Decimal(0)
    for period in range(1, years * periods_per_year + 1):
        if deposit_at_start:
            balance += payment
        interest = (balance * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
        balance += interest
        if not deposit_at_start:
            balance += payment
        total_deposits += payment
        total_interest = interest
        rows.append(Row(period, payment, interest, balance))
    return Projection(Decimal(principal), rows, total_deposits, total_interest)


def periods_to_reach(target: Decimal | str, principal: Decimal | str, annual_rate: Decimal | str,
                     deposit: Decimal | str, periods_per_year: int = 12, max_years: int = 100) -> int | None:
    """First period whose closing balance reaches target (0 if already there), None if never."""
    if Decimal(principal) >= Decimal(target):
        return 0
    projection = project(principal, annual_rate, max_years, periods_per_year, deposit)
    for row in projection.rows:
        if row.balance >= Decimal(target):
            return row.period
    return None
