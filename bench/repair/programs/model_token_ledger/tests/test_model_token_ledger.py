import pytest

from model_token_ledger import Price, TokenLedger, Usage

PRICES = {
    "gpt-4o": Price(input=2.50, output=10.00, cached_input=1.25),
    "gpt-4o-mini": Price(input=0.15, output=0.60, cached_input=0.075),
}


def test_usage_accumulates_per_model():
    ledger = TokenLedger(PRICES)
    ledger.record("gpt-4o-mini", {"input_tokens": 1200, "output_tokens": 300})
    ledger.record("gpt-4o-mini", {"input_tokens": 800, "output_tokens": 100})
    assert ledger.usage("gpt-4o-mini") == Usage(calls=2, input_tokens=2000, output_tokens=400)


def test_unused_model_has_empty_usage():
    assert TokenLedger(PRICES).usage("gpt-4o") == Usage()


def test_cost_charges_cached_input_at_the_cached_rate():
    ledger = TokenLedger(PRICES)
    ledger.record("gpt-4o", {"input_tokens": 1_000_000, "cached_tokens": 400_000,
                             "output_tokens": 100_000})
    assert ledger.cost("gpt-4o") == pytest.approx(0.6 * 2.50 + 0.4 * 1.25 + 0.1 * 10.00)


def test_dated_snapshot_counts_as_its_base_model():
    ledger = TokenLedger(PRICES)
    ledger.record("gpt-4o-2024-08-06", {"input_tokens": 100, "output_tokens": 10})
    ledger.record("gpt-4o", {"input_tokens": 50, "output_tokens": 5})
    assert ledger.usage("gpt-4o") == Usage(calls=2, input_tokens=150, output_tokens=15)


def test_total_cost_over_models():
    ledger = TokenLedger(PRICES)
    ledger.record("gpt-4o", {"input_tokens": 200_000, "output_tokens": 0})
    ledger.record("gpt-4o-mini", {"input_tokens": 0, "output_tokens": 1_000_000})
    assert ledger.total_cost() == pytest.approx(0.5 + 0.6)


def test_models_most_used_first():
    ledger = TokenLedger(PRICES)
    ledger.record("gpt-4o", {})
    for _ in range(3):
        ledger.record("gpt-4o-mini", {})
    assert ledger.models() == ["gpt-4o-mini", "gpt-4o"]
