"""Accrued interest under the common day-count conventions."""

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")


def days_30_360(start: date, end: date) -> int:
    """Day count under 30/360 (bond basis, ISDA 2006 section 4.16(f))."""
    d1, d2 = start.day, end.day
    if d1 == 31:
        d1 = 30
    if d2 == 31:
        d2 = 30
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def day_count(start: date, end: date, convention: str = "30/360") -> tuple[int, int]:
    """(days, days in a year) for the convention."""
    if end < start:
        raise ValueError("end date before start date")
    if convention == "30/360":
        return days_30_360(start, end), 360
    if convention == "ACT/360":
        return (end - start).days, 360
    if convention == "ACT/365":
        return (end - start).days, 365
    raise ValueError(f"unknown convention {convention!r}")


def accrued_interest(principal, annual_rate, start, end, convention="30/360"):
    """Simple interest accrued from start to end, rounded to the cent."""
    days, basis = day_count(start, end, convention)
    amount = Decimal(str(principal)) * Decimal(str(annual_rate)) * days / basis
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)
