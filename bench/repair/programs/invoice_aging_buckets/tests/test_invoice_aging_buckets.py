from datetime import date

from invoice_aging_buckets import Invoice, aging_report, bucket_for, customers_over, totals

AS_OF = date(2024, 6, 30)


def test_invoice_not_yet_due_is_current():
    report = aging_report([Invoice("INV-1", "acme", date(2024, 7, 15), 10_000)], AS_OF)
    assert report["acme"] == {"current": 10_000, "1-30": 0, "31-60": 0, "61-90": 0, "over 90": 0}


def test_buckets_by_days_overdue():
    assert bucket_for(12) == "1-30"
    assert bucket_for(45) == "31-60"
    assert bucket_for(75) == "61-90"
    assert bucket_for(400) == "over 90"


def test_thirty_days_late_is_still_first_bucket():
    assert bucket_for(30) == "1-30"


def test_partial_payment_leaves_the_rest_open():
    invoices = [Invoice("INV-2", "acme", date(2024, 5, 10), 50_000, paid=20_000)]
    assert aging_report(invoices, AS_OF)["acme"]["31-60"] == 30_000


def test_paid_invoices_are_left_out():
    invoices = [Invoice("INV-3", "globex", date(2024, 1, 1), 9_900, paid=9_900)]
    assert aging_report(invoices, AS_OF) == {}


def test_totals_and_customers_over():
    invoices = [
        Invoice("INV-4", "acme", date(2024, 6, 20), 1_000),
        Invoice("INV-5", "globex", date(2024, 2, 1), 2_500),
        Invoice("INV-6", "acme", date(2024, 3, 15), 4_000),
    ]
    report = aging_report(invoices, AS_OF)
    assert totals(report) == {"current": 0, "1-30": 1_000, "31-60": 0, "61-90": 0, "over 90": 6_500}
    assert customers_over(report, "61-90") == ["acme", "globex"]
