import pytest

from cached_prompt_charge import PRICES, charge_call, charge_many


def test_plain_call_without_cache():
    charge = charge_call("gpt-4o", {"prompt_tokens": 1000, "completion_tokens": 500})
    assert charge.input_usd == pytest.approx(0.0025)
    assert charge.cached_usd == 0
    assert charge.output_usd == pytest.approx(0.005)
    assert charge.total_usd == pytest.approx(0.0075)


def test_cached_prompt_is_cheaper():
    usage = {
        "prompt_tokens": 2000,
        "prompt_tokens_details": {"cached_tokens": 1000},
        "completion_tokens": 0,
    }
    charge = charge_call("gpt-4o", usage)
    assert charge.cached_usd == pytest.approx(0.00125)
    assert charge.total_usd == pytest.approx(0.00375)


def test_unknown_model_rejected():
    with pytest.raises(KeyError):
        charge_call("gpt-9", {"prompt_tokens": 1})


def test_charge_many_groups_by_model():
    calls = [
        ("gpt-4o-mini", {"prompt_tokens": 1_000_000, "completion_tokens": 0}),
        ("gpt-4o-mini", {"prompt_tokens": 0, "completion_tokens": 1_000_000}),
        ("o3-mini", {"prompt_tokens": 1_000_000, "completion_tokens": 0}),
    ]
    assert charge_many(calls) == {
        "gpt-4o-mini": pytest.approx(0.75),
        "o3-mini": pytest.approx(1.10),
    }
