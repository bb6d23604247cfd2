"""Plan changes in the middle of a billing period.

A customer who switches plan gets credit for the unused part of the old
plan and pays for the rest of the period on the new plan. Proration is by
whole days; the day of the change is billed on the new plan. Prices are
integer cents per period; the result is positive for a charge and negative
for a credit.
"""
from calendar import monthrange
from datetime import date


def add_months(day, months):
    """Same day of month `months` later, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def billing_period(anchor, on, months=1):
    """The (start, end) period containing `on`; end is exclusive.

    Periods are counted from the anchor so a subscription started on the
    31st does not drift to the 28th after February.
    """
    if on < anchor:
        raise ValueError("date before subscription start")
    cycle = 0
    while add_months(anchor, months * (cycle + 1)) <= on:
        cycle += 1
    return add_months(anchor, months * cycle), add_months(anchor, months * (cycle + 1))


def prorate_change(old_price, new_price, period_start, period_end, change_day):
    if not period_start <= change_day < period_end:
        raise ValueError("change day outside the billing period")
    total_days = (period_end - change_day).days
    remaining = (period_end - change_day).days
    unused_credit = old_price * remaining / total_days
    new_charge = new_price * remaining / total_days
    return round(unused_credit - new_charge)


def plan_change_invoice(anchor, old_price, new_price, change_day, months=1):
    """Line items for an immediate plan change on `change_day`."""
    start, end = billing_period(anchor, change_day, months)
    amount = prorate_change(old_price, new_price, start, end, change_day)
    return {
        "period_start": start,
        "period_end": end,
        "amount": amount,
        "kind": "charge" if amount > 0 else "credit" if amount < 0 else "none",
    }
