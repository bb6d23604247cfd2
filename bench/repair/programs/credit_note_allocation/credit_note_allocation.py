"""Apply a customer's credit note to their open invoices.

Credit goes to the invoice that fell due first (ties broken by invoice
number) until the credit runs out; whatever is left stays on the
customer's account. Amounts are integer cents.
"""
from dataclasses import dataclass
from datetime import date


@dataclass
class Invoice:
    number: str
    due: date
    total: int
    paid: int = 0

    @property
    def settled(self):
        return self.paid >= self.total


def allocate_credit(credit, invoices):
    """Return (allocations, leftover credit); allocations is [(number, cents)]."""
    if credit < 0:
        raise ValueError("credit must not be negative")
    remaining = credit
    allocations = []
    for invoice in sorted(invoices, key=lambda inv: (inv.due, inv.number)):
        if remaining == 0:
            break
        outstanding = invoice.total
        if outstanding <= 0:
            continue
        amount = min(remaining, outstanding)
        allocations.append((invoice.number, amount))
        remaining -= amount
    return allocations, remaining


def apply_credit_note(credit, invoices):
    """Record the allocation on the invoices themselves and return the leftover."""
    allocations, leftover = allocate_credit(credit, invoices)
    by_number = {invoice.number: invoice for invoice in invoices}
    for number, amount in allocations:
        by_number[number].paid += amount
    return leftover
