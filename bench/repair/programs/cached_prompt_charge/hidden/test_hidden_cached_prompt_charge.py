import pytest

from cached_prompt_charge import charge_call, charge_many


def test_fresh_part_excludes_cached_tokens():
    usage = {
        "prompt_tokens": 3000,
        "prompt_tokens_details": {"cached_tokens": 2000},
        "completion_tokens": 100,
    }
    charge = charge_call("o3-mini", usage)
    assert charge.input_usd == pytest.approx(1000 * 1.10 / 1e6)
    assert charge.cached_usd == pytest.approx(2000 * 0.55 / 1e6)
    assert charge.output_usd == pytest.approx(100 * 4.40 / 1e6)


def test_fully_cached_prompt_has_no_fresh_input():
    usage = {
        "prompt_tokens": 4000,
        "prompt_tokens_details": {"cached_tokens": 4000},
        "completion_tokens": 0,
    }
    charge = charge_call("gpt-4o-mini", usage)
    assert charge.input_usd == 0
    assert charge.total_usd == pytest.approx(4000 * 0.075 / 1e6)


def test_null_details_means_no_cache():
    usage = {"prompt_tokens": 500, "prompt_tokens_details": None, "completion_tokens": 10}
    charge = charge_call("gpt-4o", usage)
    assert charge.cached_usd == 0
    assert charge.input_usd == pytest.approx(500 * 2.50 / 1e6)


def test_missing_cached_rate_falls_back_to_input_rate():
    prices = {"local": {"input": 1.0, "output": 2.0}}
    usage = {
        "prompt_tokens": 1_000_000,
        "prompt_tokens_details": {"cached_tokens": 400_000},
        "completion_tokens": 0,
    }
    charge = charge_call("local", usage, prices)
    assert charge.input_usd == pytest.approx(0.6)
    assert charge.cached_usd == pytest.approx(0.4)
    assert charge.total_usd == pytest.approx(1.0)


def test_cached_more_than_prompt_rejected():
    usage = {"prompt_tokens": 10, "prompt_tokens_details": {"cached_tokens": 11}}
    with pytest.raises(ValueError):
        charge_call("gpt-4o", usage)


def test_charge_many_with_cached_calls():
    calls = [
        ("gpt-4o", {"prompt_tokens": 1_000_000,
                    "prompt_tokens_details": {"cached_tokens": 1_000_000},
                    "completion_tokens": 0}),
        ("gpt-4o", {"prompt_tokens": 1_000_000,
                    "prompt_tokens_details": {"cached_tokens": 500_000},
                    "completion_tokens": 100_000}),
    ]
    assert charge_many(calls) == {"gpt-4o": pytest.approx(1.25 + 1.25 + 0.625 + 1.0)}
