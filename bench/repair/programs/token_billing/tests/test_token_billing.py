from decimal import Decimal

import pytest

from token_billing import Invoice, Usage, call_cost


def test_prompt_and_completion_priced_separately():
    assert call_cost("pro", Usage(prompt_tokens=1_000_000, completion_tokens=0)) == Decimal("2.5")
    assert call_cost("pro", Usage(prompt_tokens=0, completion_tokens=1_000_000)) == Decimal("10")


def test_cached_prompt_tokens_are_discounted():
    usage = Usage(prompt_tokens=1_000_000, completion_tokens=0, cached_tokens=400_000)
    assert call_cost("pro", usage) == Decimal("2.0")


def test_unknown_model():
    with pytest.raises(ValueError):
        call_cost("gpt-unknown", Usage(10, 10))


def test_invoice_totals_per_model():
    invoice = Invoice()
    invoice.add("mini", Usage(2_000_000, 1_000_000))
    invoice.add("pro", Usage(100_000, 10_000))
    invoice.add("mini", Usage(1_000_000, 0))
    assert invoice.by_model == {"mini": Decimal("1.05"), "pro": Decimal("0.35")}
    assert invoice.tokens == {"mini": 4_000_000, "pro": 110_000}
    assert invoice.total() == Decimal("1.40")


def test_amount_due_rounds_up_to_cents():
    invoice = Invoice()
    invoice.add("mini", Usage(1000, 1000))
    assert invoice.amount_due() == Decimal("0.01")
