import pytest

from daily_model_rollup import daily_totals, rollup, top_models

EVENTS = [
    {"ts": "2024-05-01T09:00:00Z", "model": "gpt-4o", "input_tokens": 100,
     "output_tokens": 20, "cost_usd": 0.5},
    {"ts": "2024-05-01T17:30:00Z", "model": "gpt-4o", "input_tokens": 50,
     "output_tokens": 10, "cost_usd": 0.25},
    {"ts": "2024-05-01T18:00:00Z", "model": "claude-3-5-haiku", "input_tokens": 300,
     "output_tokens": 40, "cost_usd": 0.125},
    {"ts": "2024-05-02T00:10:00Z", "model": "gpt-4o", "input_tokens": 10,
     "output_tokens": 5, "cost_usd": 1.0},
]


def test_rollup_groups_by_day_and_model():
    rows = rollup(EVENTS)
    assert [(r["day"], r["model"], r["calls"]) for r in rows] == [
        ("2024-05-01", "claude-3-5-haiku", 1),
        ("2024-05-01", "gpt-4o", 2),
        ("2024-05-02", "gpt-4o", 1),
    ]


def test_rollup_sums_tokens_and_cost():
    row = rollup(EVENTS)[1]
    assert row["input_tokens"] == 150
    assert row["output_tokens"] == 30
    assert row["cost_usd"] == pytest.approx(0.75)


def test_daily_totals():
    totals = daily_totals(rollup(EVENTS))
    assert totals["2024-05-01"]["calls"] == 3
    assert totals["2024-05-01"]["cost_usd"] == pytest.approx(0.875)
    assert totals["2024-05-02"] == {"calls": 1, "tokens": 15, "cost_usd": 1.0}


def test_top_models():
    assert top_models(rollup(EVENTS), n=1) == ["gpt-4o"]


def test_empty_input():
    assert rollup([]) == []
    assert daily_totals([]) == {}
