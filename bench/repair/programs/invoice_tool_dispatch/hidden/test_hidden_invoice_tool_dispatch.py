import json

from invoice_tool_dispatch import InvoiceDesk


def call(desk, name, arguments, call_id="call_9"):
    raw = arguments if isinstance(arguments, str) else json.dumps(arguments)
    message = desk.handle({"id": call_id, "type": "function",
                           "function": {"name": name, "arguments": raw}})
    return json.loads(message["content"])


def test_mixed_discounts_and_tax():
    desk = InvoiceDesk()
    result = call(desk, "create_invoice", {
        "customer": "cobalt",
        "lines": [
            {"description": "seats", "quantity": 3, "unit_price": 999, "discount_pct": 10},
            {"description": "support", "quantity": 1, "unit_price": 2500},
            {"description": "gift", "quantity": 1, "unit_price": 700, "discount_pct": 100},
        ],
        "tax_pct": 19,
    })
    # 2997 - 299 = 2698; + 2500; + 0 => 5198; tax 987.62 -> 988
    assert result == {"ok": True, "invoice_id": "INV-0001", "net": 5198, "tax": 988, "total": 6186}


def test_credit_limited_by_discounted_total():
    desk = InvoiceDesk()
    call(desk, "create_invoice", {"customer": "dune", "lines": [
        {"description": "plan", "quantity": 1, "unit_price": 20000, "discount_pct": 50}]})
    assert call(desk, "issue_credit_note", {"invoice_id": "INV-0001", "amount": 10001})["ok"] is False
    result = call(desk, "issue_credit_note", {"invoice_id": "INV-0001", "amount": 10000})
    assert result["remaining_creditable"] == 0


def test_credit_notes_accumulate():
    desk = InvoiceDesk()
    call(desk, "create_invoice", {"customer": "echo", "lines": [
        {"description": "x", "quantity": 4, "unit_price": 250, "discount_pct": 20}], "tax_pct": 10})
    # net 800, tax 80
    first = call(desk, "issue_credit_note", {"invoice_id": "INV-0001", "amount": 500})
    second = call(desk, "issue_credit_note", {"invoice_id": "INV-0001", "amount": 380})
    assert first["remaining_creditable"] == 380
    assert second == {"ok": True, "credit_note_id": "CN-0002", "remaining_creditable": 0}
    assert call(desk, "issue_credit_note", {"invoice_id": "INV-0001", "amount": 1})["ok"] is False


def test_unknown_invoice_and_bad_json():
    desk = InvoiceDesk()
    assert call(desk, "issue_credit_note", {"invoice_id": "INV-0042", "amount": 1})["ok"] is False
    assert call(desk, "create_invoice", "{not json")["ok"] is False
    assert call(desk, "create_invoice", {"lines": []})["ok"] is False


def test_invoice_numbers_increase():
    desk = InvoiceDesk()
    ids = [call(desk, "create_invoice", {"customer": "f", "lines": []})["invoice_id"] for _ in range(2)]
    assert ids == ["INV-0001", "INV-0002"]


def test_zero_discount_line_unchanged():
    desk = InvoiceDesk()
    result = call(desk, "create_invoice", {"customer": "g", "lines": [
        {"description": "y", "quantity": 5, "unit_price": 333, "discount_pct": 0}]})
    assert result["net"] == 1665
