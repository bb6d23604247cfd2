from decimal import Decimal

import pytest

from token_billing import PRICES, Invoice, Usage, call_cost


def test_fully_cached_prompt():
    usage = Usage(prompt_tokens=2_000_000, completion_tokens=0, cached_tokens=2_000_000)
    assert call_cost("mini", usage) == Decimal("0.15")


def test_cached_cost_formula_for_every_model():
    for model, price in PRICES.items():
        for prompt, cached, completion in [(1000, 0, 5), (1000, 999, 0), (37, 12, 400), (5, 5, 5)]:
            expected = ((prompt - cached) * price.input + cached * price.cached_input
                        + completion * price.output) / Decimal(1_000_000)
            assert call_cost(model, Usage(prompt, completion, cached)) == expected


def test_invoice_with_cache_hits():
    invoice = Invoice()
    invoice.add("pro", Usage(800_000, 100_000, cached_tokens=800_000))
    invoice.add("pro", Usage(800_000, 0, cached_tokens=0))
    assert invoice.by_model["pro"] == Decimal("4.0")
    assert invoice.tokens["pro"] == 1_700_000
    assert invoice.amount_due() == Decimal("4.00")


def test_add_returns_that_calls_cost():
    invoice = Invoice()
    cost = invoice.add("mini", Usage(1_000_000, 0, cached_tokens=500_000))
    assert cost == Decimal("0.1125")
    assert invoice.amount_due() == Decimal("0.12")


def test_cached_more_than_prompt_rejected():
    with pytest.raises(ValueError):
        call_cost("mini", Usage(prompt_tokens=10, completion_tokens=0, cached_tokens=11))
