"""Monthly token-usage invoice for an agent platform."""

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

PER_MILLION = Decimal(1_000_000)
CENT = Decimal("0.01")

# USD per million tokens. Cached input tokens are part of input_tokens but
# billed at the cheaper cached rate.
RATES = {
    "mini": {"input": Decimal("0.15"), "cached_input": Decimal("0.075"), "output": Decimal("0.60")},
    "pro": {"input": Decimal("2.50"), "cached_input": Decimal("1.25"), "output": Decimal("10.00")},
}

FIELDS = ("input_tokens", "cached_tokens", "output_tokens")


def usage_by_model(records):
    """Sum the token counts of usage records per model."""
    totals = defaultdict(lambda: dict.fromkeys(FIELDS, 0))
    for record in records:
        bucket = totals[record["model"]]
        for field in FIELDS:
            bucket[field] += record.get(field, 0)
    return totals


def line_amount(usage, rate):
    """Cost of one model's usage, rounded half-up to the cent."""
    uncached = usage["input_tokens"]
    raw = (
        uncached * rate["input"]
        + usage["cached_tokens"] * rate["input"]
        + usage["output_tokens"] * rate["output"]
    ) / PER_MILLION
    return raw.quantize(CENT, rounding=ROUND_HALF_UP)


def build_invoice(records, rates=RATES):
    """{'lines': [...], 'total': Decimal}; one line per model, sorted by model."""
    lines = []
    for model, usage in sorted(usage_by_model(records).items()):
        if model not in rates:
            raise KeyError(f"no rate for model {model!r}")
        lines.append({"model": model, **usage, "amount": line_amount(usage, rates[model])})
    total = sum((line["amount"] for line in lines), Decimal("0.00"))
    return {"lines": lines, "total": total}
