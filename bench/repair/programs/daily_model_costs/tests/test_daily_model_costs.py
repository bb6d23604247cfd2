import pytest

from daily_model_costs import request_cost, summarize, utc_day


def record(rid, model, created_at, prompt, completion, cached=0):
    usage = {"prompt_tokens": prompt, "completion_tokens": completion}
    if cached:
        usage["cached_tokens"] = cached
    return {"id": rid, "model": model, "created_at": created_at, "usage": usage}


def test_cost_of_one_request():
    assert request_cost("gpt-4o", {"prompt_tokens": 1000, "completion_tokens": 500}) == \
        pytest.approx(0.0075)


def test_cached_prompt_tokens_are_cheaper():
    usage = {"prompt_tokens": 10_000, "completion_tokens": 0, "cached_tokens": 8_000}
    assert request_cost("claude-sonnet", usage) == pytest.approx(0.0084)


def test_utc_day():
    assert utc_day("2024-05-01T10:00:00+00:00") == "2024-05-01"
    assert utc_day("2024-05-01T23:30:00-02:00") == "2024-05-02"


def test_per_model_and_per_day():
    summary = summarize([
        record("r1", "gpt-4o", "2024-05-01T09:00:00+00:00", 1_000_000, 0),
        record("r2", "gpt-4o-mini", "2024-05-01T12:00:00+00:00", 0, 1_000_000),
        record("r3", "gpt-4o", "2024-05-02T08:00:00+00:00", 0, 100_000),
    ])
    assert summary.per_model == pytest.approx({"gpt-4o": 3.50, "gpt-4o-mini": 0.60})
    assert summary.per_day == pytest.approx({"2024-05-01": 3.10, "2024-05-02": 1.00})
    assert summary.total == pytest.approx(4.10)


def test_skipped_records():
    failed = {"id": "r9", "model": "gpt-4o", "created_at": "2024-05-01T09:00:00+00:00"}
    local = record("r10", "llama-3-8b-local", "2024-05-01T09:05:00+00:00", 500, 500)
    ok = record("r11", "gpt-4o-mini", "2024-05-01T09:10:00+00:00", 0, 1_000_000)
    summary = summarize([failed, local, ok])
    assert summary.skipped == ["r9", "r10"]
    assert summary.per_model == pytest.approx({"gpt-4o-mini": 0.60})
