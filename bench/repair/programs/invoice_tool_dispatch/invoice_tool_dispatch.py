"""Invoice tools behind a billing agent's function calls.

Tool calls arrive in the chat-completions shape:
    {"id": ..., "function": {"name": ..., "arguments": "<JSON string>"}}

create_invoice arguments:
    customer: str
    lines: [{"description": str, "quantity": int, "unit_price": int (cents),
             "discount_pct": int (optional, 0-100)}]
    tax_pct: int (optional)
issue_credit_note arguments:
    invoice_id: str, amount: int (cents), reason: str
"""
import json


class InvoiceDesk:
    def __init__(self):
        self.invoices = {}
        self.credit_notes = []

    def create_invoice(self, customer, lines, tax_pct=0):
        net = 0
        for line in lines:
            gross = line["quantity"] * line["unit_price"]
            net += gross - gross * line.get("discount", 0) // 100
        tax = (net * tax_pct + 50) // 100
        invoice_id = f"INV-{len(self.invoices) + 1:04d}"
        self.invoices[invoice_id] = {"customer": customer, "net": net, "tax": tax,
                                     "total": net + tax, "credited": 0}
        return {"invoice_id": invoice_id, "net": net, "tax": tax, "total": net + tax}

    def issue_credit_note(self, invoice_id, amount, reason=""):
        invoice = self.invoices.get(invoice_id)
        if invoice is None:
            raise LookupError(f"no invoice {invoice_id}")
        creditable = invoice["total"] - invoice["credited"]
        if not 0 < amount <= creditable:
            raise ValueError(f"amount must be between 1 and {creditable}")
        invoice["credited"] += amount
        note_id = f"CN-{len(self.credit_notes) + 1:04d}"
        self.credit_notes.append({"id": note_id, "invoice_id": invoice_id,
                                  "amount": amount, "reason": reason})
        return {"credit_note_id": note_id, "remaining_creditable": creditable - amount}

    def handle(self, tool_call):
        """Run one tool call and return the tool message for the transcript."""
        function = tool_call["function"]
        tools = {"create_invoice": self.create_invoice,
                 "issue_credit_note": self.issue_credit_note}
        try:
            tool = tools[function["name"]]
            result = tool(**json.loads(function["arguments"] or "{}"))
            content = json.dumps({"ok": True, **result})
        except (LookupError, ValueError, TypeError) as exc:
            content = json.dumps({"ok": False, "error": str(exc)})
        return {"role": "tool", "tool_call_id": tool_call["id"], "content": content}
