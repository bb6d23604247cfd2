from decimal import Decimal

from token_invoice_lines import build_invoice, usage_by_model


def test_partly_cached_mini():
    invoice = build_invoice([{"model": "mini", "input_tokens": 400_000, "cached_tokens": 200_000}])
    # 0.03 uncached + 0.015 cached = 0.045 -> 0.05
    assert invoice["total"] == Decimal("0.05")


def test_fully_cached_input():
    invoice = build_invoice([{"model": "pro", "input_tokens": 800_000, "cached_tokens": 800_000}])
    assert invoice["total"] == Decimal("1.00")


def test_cached_tokens_summed_across_records():
    records = [
        {"model": "pro", "input_tokens": 1_000_000, "cached_tokens": 600_000, "output_tokens": 0},
        {"model": "pro", "input_tokens": 1_000_000, "cached_tokens": 200_000, "output_tokens": 50_000},
        {"model": "mini", "input_tokens": 1_000_000, "cached_tokens": 1_000_000},
    ]
    usage = usage_by_model(records)
    assert usage["pro"] == {"input_tokens": 2_000_000, "cached_tokens": 800_000, "output_tokens": 50_000}
    invoice = build_invoice(records)
    amounts = {line["model"]: line["amount"] for line in invoice["lines"]}
    # pro: 1.2M * 2.50 + 0.8M * 1.25 + 0.05M * 10 = 3.00 + 1.00 + 0.50
    assert amounts == {"mini": Decimal("0.08"), "pro": Decimal("4.50")}
    assert invoice["total"] == Decimal("4.58")


def test_custom_rates():
    rates = {"local": {"input": Decimal("1"), "cached_input": Decimal("0"), "output": Decimal("2")}}
    invoice = build_invoice(
        [{"model": "local", "input_tokens": 3_000_000, "cached_tokens": 1_000_000, "output_tokens": 1_000_000}],
        rates,
    )
    assert invoice["total"] == Decimal("4.00")
    assert invoice["lines"][0]["cached_tokens"] == 1_000_000


def test_empty_invoice():
    assert build_invoice([]) == {"lines": [], "total": Decimal("0.00")}
