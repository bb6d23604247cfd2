import pytest

from hourly_spend_forecast import forecast, hourly_spend, smoothed_rate


def rec(ts, cost):
    return {"ts": ts, "cost_usd": cost}


def test_buckets_within_a_morning():
    records = [
        rec("2024-05-01T09:05:00", 0.5),
        rec("2024-05-01T09:55:00", 0.25),
        rec("2024-05-01T11:10:00", 1.0),
    ]
    assert hourly_spend(records) == [0.75, 0.0, 1.0]


def test_buckets_across_midnight():
    records = [
        rec("2024-05-01T23:30:00", 1.0),
        rec("2024-05-02T00:15:00", 2.0),
        rec("2024-05-02T01:45:00", 0.5),
    ]
    assert hourly_spend(records) == [1.0, 2.0, 0.5]


def test_overnight_run_over_a_day():
    records = [
        rec("2024-05-01T10:00:00", 1.0),
        rec("2024-05-02T11:30:00", 3.0),
    ]
    series = hourly_spend(records)
    assert len(series) == 26
    assert series[0] == 1.0 and series[-1] == 3.0


def test_smoothed_rate():
    assert smoothed_rate([]) == 0.0
    assert smoothed_rate([4.0, 2.0, 6.0], alpha=0.5) == pytest.approx(4.5)


def test_forecast_and_budget():
    records = [rec("2024-05-01T08:00:00", 2.0), rec("2024-05-01T09:00:00", 2.0)]
    result = forecast(records, hours_ahead=24, budget_usd=40)
    assert result == {"rate_per_hour": 2.0, "projected_usd": 48.0, "over_budget": True}
