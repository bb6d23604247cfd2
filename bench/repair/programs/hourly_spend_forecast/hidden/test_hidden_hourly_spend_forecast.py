import pytest

from hourly_spend_forecast import forecast, hourly_spend


def rec(ts, cost):
    return {"ts": ts, "cost_usd": cost}


def test_multi_day_gap_lands_in_the_right_hour():
    records = [
        rec("2024-05-01T06:10:00", 0.5),
        rec("2024-05-03T07:20:00", 1.5),
    ]
    series = hourly_spend(records)
    assert len(series) == 50
    assert series[49] == 1.5
    assert sum(series) == pytest.approx(2.0)


def test_explicit_start_drops_older_records():
    records = [
        rec("2024-05-01T06:10:00", 9.0),
        rec("2024-05-02T08:59:00", 1.0),
        rec("2024-05-02T10:00:00", 2.0),
    ]
    from datetime import datetime

    series = hourly_spend(records, start=datetime(2024, 5, 1, 8))
    assert len(series) == 27
    assert series[24] == 1.0 and series[26] == 2.0
    assert sum(series) == pytest.approx(3.0)


def test_forecast_over_two_days_of_quiet_hours():
    records = [rec("2024-05-01T00:00:00", 4.0), rec("2024-05-02T02:00:00", 4.0)]
    result = forecast(records, hours_ahead=10, alpha=0.5, budget_usd=100)
    assert result["rate_per_hour"] == pytest.approx(2.0)
    assert result["projected_usd"] == pytest.approx(20.0)
    assert result["over_budget"] is False


def test_empty_log():
    assert hourly_spend([]) == []
    assert forecast([], 5) == {"rate_per_hour": 0.0, "projected_usd": 0.0, "over_budget": False}


def test_unordered_records_within_a_day():
    records = [rec("2024-05-01T12:40:00", 1.0), rec("2024-05-01T10:05:00", 2.0)]
    assert hourly_spend(records) == [2.0, 0.0, 1.0]
