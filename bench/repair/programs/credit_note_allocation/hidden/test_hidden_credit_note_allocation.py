from datetime import date

from credit_note_allocation import Invoice, allocate_credit, apply_credit_note


def test_settled_invoices_are_skipped():
    invoices = [
        Invoice("OLD", date(2023, 12, 1), 4000, paid=4000),
        Invoice("NEW", date(2024, 1, 1), 2000),
    ]
    assert allocate_credit(3000, invoices) == ([("NEW", 2000)], 1000)


def test_overpaid_invoice_takes_nothing():
    invoices = [Invoice("X", date(2024, 1, 1), 1000, paid=1200), Invoice("Y", date(2024, 2, 1), 500)]
    assert allocate_credit(700, invoices) == ([("Y", 500)], 200)


def test_same_due_date_ordered_by_number():
    due = date(2024, 4, 30)
    invoices = [Invoice("B-2", due, 900, paid=400), Invoice("B-1", due, 700, paid=100)]
    assert allocate_credit(800, invoices) == ([("B-1", 600), ("B-2", 200)], 0)


def test_credit_exactly_covers_outstanding():
    invoices = [Invoice("P", date(2024, 7, 1), 3000, paid=1000), Invoice("Q", date(2024, 8, 1), 500, paid=250)]
    assert allocate_credit(2250, invoices) == ([("P", 2000), ("Q", 250)], 0)


def test_zero_credit_allocates_nothing():
    assert allocate_credit(0, [Invoice("Z", date(2024, 1, 1), 100)]) == ([], 0)


def test_apply_to_partly_paid_invoices():
    invoices = [
        Invoice("R1", date(2024, 1, 5), 5000, paid=4500),
        Invoice("R2", date(2024, 1, 6), 2000, paid=2000),
        Invoice("R3", date(2024, 1, 7), 1000),
    ]
    assert apply_credit_note(1000, invoices) == 0
    assert [inv.paid for inv in invoices] == [5000, 2000, 500]
    assert invoices[0].settled and invoices[1].settled and not invoices[2].settled


def test_no_invoices_keeps_all_credit():
    assert allocate_credit(1234, []) == ([], 1234)
