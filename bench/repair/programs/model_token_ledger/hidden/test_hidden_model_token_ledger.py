import pytest

from model_token_ledger import Price, TokenLedger, Usage

PRICES = {
    "claude-sonnet": Price(input=3.0, output=15.0, cached_input=0.3),
    "gpt-4.1-mini": Price(input=0.4, output=1.6, cached_input=0.1),
}


def test_names_normalised_on_record():
    ledger = TokenLedger(PRICES)
    ledger.record(" Claude-Sonnet-20250514 ", {"input_tokens": 10})
    ledger.record("CLAUDE-SONNET", {"input_tokens": 5, "output_tokens": 2})
    ledger.record("claude-sonnet-2025-05-14", {"output_tokens": 3})
    assert ledger.usage("claude-sonnet") == Usage(calls=3, input_tokens=15, output_tokens=5)
    assert ledger.models() == ["claude-sonnet"]


def test_usage_can_be_queried_by_snapshot_name():
    ledger = TokenLedger(PRICES)
    ledger.record("gpt-4.1-mini-2025-04-14", {"input_tokens": 7, "cached_tokens": 2})
    assert ledger.usage("gpt-4.1-mini-2025-04-14") == Usage(1, 7, 0, 2)
    assert ledger.usage("gpt-4.1-mini").calls == 1


def test_total_cost_includes_dated_snapshots():
    ledger = TokenLedger(PRICES)
    ledger.record("claude-sonnet-20250514", {"input_tokens": 1_000_000})
    ledger.record("gpt-4.1-mini-2025-04-14", {"output_tokens": 500_000})
    assert ledger.total_cost() == pytest.approx(3.0 + 0.8)


def test_cost_of_snapshot_with_cache():
    ledger = TokenLedger(PRICES)
    ledger.record("Claude-Sonnet-20250514", {"input_tokens": 2_000_000,
                                             "cached_tokens": 1_000_000,
                                             "output_tokens": 0})
    assert ledger.cost("claude-sonnet") == pytest.approx(3.0 + 0.3)
    assert ledger.cost("claude-sonnet-20250514") == pytest.approx(3.3)


def test_models_ranked_after_merging_snapshots():
    ledger = TokenLedger(PRICES)
    for _ in range(2):
        ledger.record("gpt-4.1-mini", {})
    for name in ("claude-sonnet-20250101", "claude-sonnet-20250514", "claude-sonnet"):
        ledger.record(name, {})
    assert ledger.models() == ["claude-sonnet", "gpt-4.1-mini"]


def test_prices_keyed_by_snapshot_name():
    ledger = TokenLedger({"gpt-4.1-mini-2025-04-14": Price(1.0, 2.0, 0.5)})
    ledger.record("gpt-4.1-mini", {"input_tokens": 1_000_000, "output_tokens": 1_000_000})
    assert ledger.total_cost() == pytest.approx(3.0)
