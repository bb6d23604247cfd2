from datetime import date, timedelta

import pytest

from invoice_aging_buckets import Invoice, aging_report, bucket_for, customers_over, totals


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-10, "current"),
        (0, "current"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "over 90"),
        (1000, "over 90"),
    ],
)
def test_bucket_edges(days, bucket):
    assert bucket_for(days) == bucket


def test_report_puts_each_invoice_by_its_own_due_date():
    as_of = date(2024, 3, 31)
    invoices = [
        Invoice(f"INV-{days}", "initech", as_of - timedelta(days=days), 100 + days)
        for days in [0, 1, 30, 31, 60, 61, 90, 91]
    ]
    assert aging_report(invoices, as_of) == {
        "initech": {"current": 100, "1-30": 101 + 130, "31-60": 131 + 160,
                    "61-90": 161 + 190, "over 90": 191},
    }


def test_due_today_is_current():
    as_of = date(2024, 2, 29)
    report = aging_report([Invoice("A", "umbrella", as_of, 700)], as_of)
    assert report["umbrella"]["current"] == 700
    assert report["umbrella"]["1-30"] == 0


def test_overpaid_invoice_left_out_but_customer_kept_for_others():
    as_of = date(2024, 6, 30)
    invoices = [
        Invoice("A", "hooli", date(2024, 6, 1), 500, paid=800),
        Invoice("B", "hooli", date(2024, 5, 15), 900, paid=100),
    ]
    assert aging_report(invoices, as_of) == {
        "hooli": {"current": 0, "1-30": 0, "31-60": 800, "61-90": 0, "over 90": 0},
    }


def test_totals_of_empty_report():
    assert totals({}) == {"current": 0, "1-30": 0, "31-60": 0, "61-90": 0, "over 90": 0}


def test_customers_over_a_threshold():
    as_of = date(2024, 12, 31)
    invoices = [
        Invoice("A", "acme", as_of - timedelta(days=60), 10),
        Invoice("B", "globex", as_of - timedelta(days=61), 10),
        Invoice("C", "initech", as_of, 10),
        Invoice("D", "hooli", as_of - timedelta(days=120), 10),
    ]
    report = aging_report(invoices, as_of)
    assert customers_over(report, "61-90") == ["globex", "hooli"]
    assert customers_over(report, "31-60") == ["acme", "globex", "hooli"]
    assert customers_over(report, "current") == ["acme", "globex", "hooli", "initech"]
