import random

import pytest

from spend_guard import BudgetExceeded, Price, SpendGuard, Usage

PRICES = {"large": Price(input=3.0, cached_input=0.3, output=15.0),
          "small": Price(input=0.25, cached_input=0.025, output=1.25),
          "mid": Price(input=1.0, cached_input=0.5, output=4.0)}


def _expected_cost(model, usage):
    price = PRICES[model]
    return ((usage.input_tokens - usage.cached_tokens) * price.input
            + usage.cached_tokens * price.cached_input
            + usage.output_tokens * price.output) / 1_000_000


def test_fully_cached_prompt():
    guard = SpendGuard(5.0, PRICES)
    assert guard.cost("mid", Usage(2_000_000, 2_000_000, 0)) == pytest.approx(1.0)


def test_random_calls_match_reference():
    rng = random.Random(31)
    guard = SpendGuard(1_000.0, PRICES)
    total = 0.0
    per_model = {}
    for _ in range(200):
        model = rng.choice(sorted(PRICES))
        prompt = rng.randint(0, 50_000)
        usage = Usage(prompt, rng.randint(0, prompt), rng.randint(0, 4_000))
        expected = _expected_cost(model, usage)
        assert guard.record(model, usage) == pytest.approx(expected)
        total += expected
        per_model[model] = per_model.get(model, 0.0) + expected
    assert guard.spent == pytest.approx(total)
    assert guard.by_model == pytest.approx(per_model)
    assert guard.remaining == pytest.approx(1_000.0 - total)


def test_remaining_never_negative():
    guard = SpendGuard(0.01, PRICES)
    guard.record("large", Usage(5_000, 0, 0))
    guard.record("large", Usage(5_000, 0, 0))
    assert guard.spent == pytest.approx(0.03)
    assert guard.remaining == 0.0


def test_check_counts_earlier_spend_and_cache_discount():
    guard = SpendGuard(0.10, PRICES)
    guard.record("large", Usage(20_000, 0, 0))
    guard.record("large", Usage(10_000, 0, 0))
    guard.check("large", Usage(10_000, 10_000, 0))
    with pytest.raises(BudgetExceeded):
        guard.check("large", Usage(5_000, 0, 0))
