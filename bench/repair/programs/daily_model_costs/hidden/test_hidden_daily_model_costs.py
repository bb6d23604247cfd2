import pytest

from daily_model_costs import PRICES, request_cost, summarize


def record(rid, model, created_at, prompt, completion, cached=0):
    usage = {"prompt_tokens": prompt, "completion_tokens": completion}
    if cached:
        usage["cached_tokens"] = cached
    return {"id": rid, "model": model, "created_at": created_at, "usage": usage}


@pytest.mark.parametrize("model", sorted(PRICES))
def test_cached_tokens_use_cached_price(model):
    price = PRICES[model]
    usage = {"prompt_tokens": 3_000_000, "completion_tokens": 1_000_000,
             "cached_tokens": 2_000_000}
    expected = price["input"] + 2 * price["cached"] + price["output"]
    assert request_cost(model, usage) == pytest.approx(expected)


def test_all_cached():
    usage = {"prompt_tokens": 1_000_000, "completion_tokens": 0, "cached_tokens": 1_000_000}
    assert request_cost("gpt-4o-mini", usage) == pytest.approx(0.075)


def test_mixed_day_with_unpriced_and_cached():
    records = [
        record("a", "gpt-4o", "2024-06-30T23:00:00-03:00", 2_000_000, 0, cached=1_000_000),
        record("b", "mystery-model", "2024-07-01T05:00:00+00:00", 10, 10),
        {"id": "c", "model": "gpt-4o", "created_at": "2024-07-01T06:00:00+00:00",
         "usage": None},
        record("d", "claude-sonnet", "2024-07-01T10:00:00+02:00", 0, 200_000),
        record("e", "gpt-4o-mini", "2024-06-30T20:59:00+00:00", 1_000_000, 0),
        record("f", "other-local", "2024-07-01T07:00:00+00:00", 0, 0),
    ]
    summary = summarize(records)
    assert summary.skipped == ["b", "c", "f"]
    assert summary.per_model == pytest.approx({"gpt-4o": 3.75, "claude-sonnet": 3.00,
                                               "gpt-4o-mini": 0.15})
    assert summary.per_day == pytest.approx({"2024-07-01": 6.75, "2024-06-30": 0.15})
    assert summary.total == pytest.approx(6.90)


def test_naive_timestamps_are_utc_and_empty_input():
    summary = summarize([record("x", "gpt-4o", "2024-01-31T23:59:59", 0, 1_000_000)])
    assert dict(summary.per_day) == pytest.approx({"2024-01-31": 10.0})
    empty = summarize([])
    assert (empty.total, empty.skipped, dict(empty.per_day)) == (0, [], {})
