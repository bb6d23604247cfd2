import pytest

from cost_ledger import CostLedger, Price

PRICES = {
    "sonnet": Price(input=3.0, output=15.0, cache_read=0.3, cache_write=3.75),
    "haiku": Price(input=0.8, output=4.0, cache_read=0.08, cache_write=1.0),
}


def test_plain_call_cost():
    ledger = CostLedger(PRICES)
    cost = ledger.record("sonnet", {"input_tokens": 1000, "output_tokens": 200})
    assert cost == pytest.approx(0.003 + 0.003)


def test_costs_add_up_across_calls():
    ledger = CostLedger(PRICES)
    ledger.record("sonnet", {"input_tokens": 1_000_000, "output_tokens": 0})
    ledger.record("haiku", {"input_tokens": 0, "output_tokens": 1_000_000})
    assert ledger.total_cost == pytest.approx(3.0 + 4.0)
    assert ledger.totals["sonnet"].calls == 1


def test_cache_reads_are_cheaper():
    ledger = CostLedger(PRICES)
    cost = ledger.record("sonnet", {"input_tokens": 100, "cache_read_input_tokens": 10_000,
                                    "output_tokens": 50})
    assert cost == pytest.approx((100 * 3.0 + 10_000 * 0.3 + 50 * 15.0) / 1_000_000)


def test_report_line():
    ledger = CostLedger(PRICES)
    ledger.record("haiku", {"input_tokens": 5000, "output_tokens": 1000})
    assert ledger.report() == ["haiku: 1 calls, 5000 in / 1000 out, $0.0080"]


def test_unknown_model():
    with pytest.raises(KeyError):
        CostLedger(PRICES).record("gpt-x", {"input_tokens": 1})
