import pytest

from cost_ledger import CostLedger, Price

PRICES = {
    "big": Price(input=15.0, output=75.0, cache_read=1.5, cache_write=18.75),
    "small": Price(input=1.0, output=5.0, cache_read=0.1, cache_write=1.25),
}


def test_cache_write_then_read():
    ledger = CostLedger(PRICES)
    first = ledger.record("small", {"input_tokens": 20, "cache_creation_input_tokens": 4000,
                                    "cache_read_input_tokens": 0, "output_tokens": 100})
    second = ledger.record("small", {"input_tokens": 30, "cache_creation_input_tokens": 0,
                                     "cache_read_input_tokens": 4000, "output_tokens": 80})
    assert first == pytest.approx((20 * 1.0 + 4000 * 1.25 + 100 * 5.0) / 1e6)
    assert second == pytest.approx((30 * 1.0 + 4000 * 0.1 + 80 * 5.0) / 1e6)
    totals = ledger.totals["small"]
    assert (totals.calls, totals.input_tokens, totals.cached_tokens, totals.output_tokens) == (
        2, 8050, 4000, 180)


def test_cache_hit_rate():
    ledger = CostLedger(PRICES)
    ledger.record("big", {"input_tokens": 250, "cache_read_input_tokens": 750})
    ledger.record("big", {"input_tokens": 500, "cache_creation_input_tokens": 500})
    assert ledger.cache_hit_rate("big") == pytest.approx(750 / 2000)


def test_hit_rate_without_input():
    ledger = CostLedger(PRICES)
    ledger.record("small", {"output_tokens": 10})
    assert ledger.cache_hit_rate("small") == 0.0


def test_report_sorted_by_model_with_cache_traffic():
    ledger = CostLedger(PRICES)
    ledger.record("small", {"input_tokens": 1000, "cache_read_input_tokens": 9000,
                            "output_tokens": 0})
    ledger.record("big", {"input_tokens": 0, "cache_creation_input_tokens": 2000,
                          "output_tokens": 1000})
    assert ledger.report() == [
        "big: 1 calls, 2000 in / 1000 out, $0.1125",
        "small: 1 calls, 10000 in / 0 out, $0.0019",
    ]
    assert ledger.total_cost == pytest.approx(0.1125 + 0.0019)
