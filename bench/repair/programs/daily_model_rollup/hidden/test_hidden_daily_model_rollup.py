import pytest

from daily_model_rollup import daily_totals, rollup, top_models

EVENTS = [
    {"ts": "2024-06-30T23:59:59Z", "model": "o3-mini", "input_tokens": 1000,
     "output_tokens": 400, "cost_usd": 0.015},
    {"ts": "2024-07-01T00:00:00Z", "model": "o3-mini", "input_tokens": 10,
     "output_tokens": 1, "cost_usd": 0.02},
    {"ts": "2024-07-01T08:00:00Z", "model": "gpt-4o-mini", "input_tokens": 7,
     "output_tokens": 3, "cost_usd": 0.03},
    {"ts": "2024-07-01T09:00:00Z", "model": "claude-3-5-sonnet", "input_tokens": 20,
     "output_tokens": 6, "cost_usd": 0.04},
    {"ts": "2024-07-01T10:00:00Z", "model": "gpt-4o-mini", "input_tokens": 5},
]


def test_output_tokens_summed_per_row():
    rows = rollup(EVENTS)
    assert [(r["model"], r["input_tokens"], r["output_tokens"]) for r in rows] == [
        ("o3-mini", 1000, 400),
        ("claude-3-5-sonnet", 20, 6),
        ("gpt-4o-mini", 12, 3),
        ("o3-mini", 10, 1),
    ]


def test_missing_fields_count_as_zero():
    row = rollup(EVENTS)[2]
    assert row["calls"] == 2
    assert row["cost_usd"] == pytest.approx(0.03)


def test_daily_totals_accumulate_over_models():
    totals = daily_totals(rollup(EVENTS))
    assert totals["2024-06-30"] == {"calls": 1, "tokens": 1400, "cost_usd": 0.015}
    assert totals["2024-07-01"]["calls"] == 4
    assert totals["2024-07-01"]["tokens"] == 52
    assert totals["2024-07-01"]["cost_usd"] == pytest.approx(0.09)


def test_daily_totals_of_single_model_day():
    rows = rollup([
        {"ts": "2024-01-01T01:00:00Z", "model": "m", "input_tokens": 1,
         "output_tokens": 2, "cost_usd": 0.5},
        {"ts": "2024-01-01T02:00:00Z", "model": "m", "input_tokens": 3,
         "output_tokens": 4, "cost_usd": 0.25},
    ])
    assert daily_totals(rows) == {"2024-01-01": {"calls": 2, "tokens": 10, "cost_usd": 0.75}}


def test_top_models_ranks_by_total_spend():
    rows = rollup(EVENTS)
    assert top_models(rows) == ["claude-3-5-sonnet", "o3-mini", "gpt-4o-mini"]
    assert top_models(rows, n=2) == ["claude-3-5-sonnet", "o3-mini"]
