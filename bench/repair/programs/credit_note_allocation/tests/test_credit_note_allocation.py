from datetime import date

import pytest

from credit_note_allocation import Invoice, allocate_credit, apply_credit_note


def test_credit_goes_to_oldest_invoice_first():
    invoices = [
        Invoice("INV-2", date(2024, 3, 1), 5000),
        Invoice("INV-1", date(2024, 2, 1), 3000),
    ]
    assert allocate_credit(4000, invoices) == ([("INV-1", 3000), ("INV-2", 1000)], 0)


def test_leftover_credit_stays_on_account():
    invoices = [Invoice("INV-1", date(2024, 1, 10), 2500)]
    assert allocate_credit(4000, invoices) == ([("INV-1", 2500)], 1500)


def test_partly_paid_invoice_only_takes_what_is_owed():
    invoices = [
        Invoice("INV-7", date(2024, 5, 1), 10000, paid=8000),
        Invoice("INV-8", date(2024, 6, 1), 1000),
    ]
    assert allocate_credit(5000, invoices) == ([("INV-7", 2000), ("INV-8", 1000)], 2000)


def test_apply_marks_invoices_paid():
    invoices = [Invoice("A", date(2024, 1, 1), 1200), Invoice("B", date(2024, 1, 2), 800)]
    assert apply_credit_note(1500, invoices) == 0
    assert invoices[0].settled
    assert invoices[1].paid == 300


def test_negative_credit_rejected():
    with pytest.raises(ValueError):
        allocate_credit(-1, [])
