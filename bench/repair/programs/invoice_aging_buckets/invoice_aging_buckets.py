"""Accounts-receivable aging: open invoice balances by how many days past due they are."""

from dataclasses import dataclass
from datetime import date

# (bucket name, last day overdue it covers); None: everything older.
BUCKETS: list[tuple[str, int | None]] = [
    ("current", 0),
    ("1-30", 30),
    ("31-60", 60),
    ("61-90", 90),
    ("over 90", None),
]


@dataclass(frozen=True)
class Invoice:
    number: str
    customer: str
    due: date
    amount: int  # cents
    paid: int = 0


def bucket_for(days_overdue: int) -> str:
    """Not yet due or due today is "current"."""
    for name, last_day in BUCKETS:
        if last_day is None or days_overdue < last_day:
            return name
    raise AssertionError("the last bucket must be open-ended")


def aging_report(invoices: list[Invoice], as_of: date) -> dict[str, dict[str, int]]:
    """Per customer, the open balance in each bucket (every bucket listed, zeros included).
    Invoices paid in full (or overpaid) are left out."""
    report: dict[str, dict[str, int]] = {}
    for invoice in invoices:
        balance = invoice.amount - invoice.paid
        if balance <= 0:
            continue
        row = report.setdefault(invoice.customer, {name: 0 for name, _ in BUCKETS})
        row[bucket_for((as_of - invoice.due).days)] += balance
    return report


def totals(report: dict[str, dict[str, int]]) -> dict[str, int]:
    """Bucket totals over all customers."""
    summed = {name: 0 for name, _ in BUCKETS}
    for row in report.values():
        for name, balance in row.items():
            summed[name] += balance
    return summed


def customers_over(report: dict[str, dict[str, int]], bucket: str) -> list[str]:
    """Customers with any balance in the given bucket or an older one, sorted."""
    names = [name for name, _ in BUCKETS]
    older = names[names.index(bucket):]
    return sorted(customer for customer, row in report.items() if any(row[name] for name in older))
