import json

from invoice_tool_dispatch import InvoiceDesk


def call(desk, name, arguments, call_id="call_1"):
    message = desk.handle({"id": call_id, "type": "function",
                           "function": {"name": name, "arguments": json.dumps(arguments)}})
    assert message["role"] == "tool"
    assert message["tool_call_id"] == call_id
    return json.loads(message["content"])


def test_create_invoice_with_tax():
    desk = InvoiceDesk()
    result = call(desk, "create_invoice", {
        "customer": "acme",
        "lines": [{"description": "seat", "quantity": 2, "unit_price": 1500}],
        "tax_pct": 20,
    })
    assert result == {"ok": True, "invoice_id": "INV-0001", "net": 3000, "tax": 600, "total": 3600}


def test_line_discount_is_applied():
    desk = InvoiceDesk()
    result = call(desk, "create_invoice", {
        "customer": "acme",
        "lines": [{"description": "annual plan", "quantity": 1, "unit_price": 10000,
                   "discount_pct": 15}],
    })
    assert result["net"] == 8500
    assert result["total"] == 8500


def test_partial_credit_note():
    desk = InvoiceDesk()
    call(desk, "create_invoice", {"customer": "bolt", "lines": [
        {"description": "setup", "quantity": 1, "unit_price": 5000}]})
    result = call(desk, "issue_credit_note", {"invoice_id": "INV-0001", "amount": 1200,
                                              "reason": "late delivery"})
    assert result == {"ok": True, "credit_note_id": "CN-0001", "remaining_creditable": 3800}


def test_credit_note_cannot_exceed_invoice():
    desk = InvoiceDesk()
    call(desk, "create_invoice", {"customer": "bolt", "lines": [
        {"description": "setup", "quantity": 1, "unit_price": 5000}]})
    result = call(desk, "issue_credit_note", {"invoice_id": "INV-0001", "amount": 6000})
    assert result["ok"] is False


def test_unknown_tool_is_an_error_message():
    result = call(InvoiceDesk(), "delete_everything", {})
    assert result["ok"] is False
