from decimal import Decimal

import pytest

from token_invoice_lines import build_invoice


def test_single_model_without_cache():
    invoice = build_invoice([{"model": "mini", "input_tokens": 1_000_000, "output_tokens": 500_000}])
    assert invoice["total"] == Decimal("0.45")
    assert invoice["lines"][0]["amount"] == Decimal("0.45")


def test_records_aggregated_per_model_and_sorted():
    records = [
        {"model": "pro", "input_tokens": 100_000, "output_tokens": 10_000},
        {"model": "mini", "input_tokens": 2_000_000},
        {"model": "pro", "input_tokens": 300_000, "output_tokens": 30_000},
    ]
    invoice = build_invoice(records)
    assert [line["model"] for line in invoice["lines"]] == ["mini", "pro"]
    pro = invoice["lines"][1]
    assert (pro["input_tokens"], pro["output_tokens"]) == (400_000, 40_000)
    assert pro["amount"] == Decimal("1.40")
    assert invoice["total"] == Decimal("1.70")


def test_cached_input_is_cheaper():
    invoice = build_invoice([{
        "model": "pro", "input_tokens": 2_000_000, "cached_tokens": 1_000_000, "output_tokens": 100_000,
    }])
    assert invoice["total"] == Decimal("4.75")


def test_line_rounded_half_up():
    invoice = build_invoice([{"model": "mini", "output_tokens": 12_500}])
    assert invoice["total"] == Decimal("0.01")


def test_unknown_model():
    with pytest.raises(KeyError):
        build_invoice([{"model": "giant", "input_tokens": 1}])
