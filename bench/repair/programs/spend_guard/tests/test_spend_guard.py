import pytest

from spend_guard import BudgetExceeded, Price, SpendGuard, Usage

PRICES = {"large": Price(input=3.0, cached_input=0.3, output=15.0),
          "small": Price(input=0.25, cached_input=0.025, output=1.25)}


def test_cost_without_cache():
    guard = SpendGuard(10.0, PRICES)
    assert guard.cost("large", Usage(1000, 0, 500)) == pytest.approx(0.0105)


def test_cached_prompt_tokens_are_cheaper():
    guard = SpendGuard(10.0, PRICES)
    assert guard.cost("large", Usage(10_000, 8_000, 1_000)) == pytest.approx(0.0234)


def test_single_call_remaining():
    guard = SpendGuard(1.0, PRICES)
    guard.record("small", Usage(400_000, 0, 0))
    assert guard.remaining == pytest.approx(0.9)


def test_spend_accumulates_over_calls():
    guard = SpendGuard(1.0, PRICES)
    for _ in range(3):
        guard.record("large", Usage(100_000, 0, 0))
    assert guard.spent == pytest.approx(0.9)
    assert guard.by_model == {"large": pytest.approx(0.9)}


def test_check_refuses_expensive_call():
    guard = SpendGuard(0.05, PRICES)
    with pytest.raises(BudgetExceeded):
        guard.check("large", Usage(0, 0, 4_000))
    guard.check("small", Usage(0, 0, 4_000))
