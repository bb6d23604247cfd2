"""Income tax from progressive brackets: each rate applies only to the income inside its band."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Bracket:
    lower: int  # the band starts above this income...
    upper: int | None  # ...and runs up to this one (None: no upper end)
    rate: Decimal


BANDS = [
    Bracket(0, 12_000, Decimal("0")),
    Bracket(12_000, 40_000, Decimal("0.20")),
    Bracket(40_000, 120_000, Decimal("0.40")),
    Bracket(120_000, None, Decimal("0.45")),
]
CENT = Decimal("0.01")


def tax_due(income: int, brackets: list[Bracket] = BANDS) -> Decimal:
    """Total tax on a yearly income, rounded half up to the cent."""
    tax = Decimal(0)
    for bracket in brackets:
        if income <= bracket.lower:
            break
        upper = income if bracket.upper is None else bracket.upper
        tax += (upper - bracket.lower) * bracket.rate
    return tax.quantize(CENT, rounding=ROUND_HALF_UP)


def marginal_rate(income: int, brackets: list[Bracket] = BANDS) -> Decimal:
    """Rate paid on the next unit of income."""
    for bracket in brackets:
        if bracket.upper is None or income < bracket.upper:
            return bracket.rate
    raise ValueError("the last bracket must have no upper end")


def effective_rate(income: int, brackets: list[Bracket] = BANDS) -> Decimal:
    """Share of the whole income that goes to tax, to four decimal places."""
    if income <= 0:
        return Decimal(0)
    return (tax_due(income, brackets) / income).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
