from iso_week_usage import busiest_week, week_key, weekly_usage


def test_week_key_mid_year():
    assert week_key("2024-03-05T10:00:00+02:00") == "2024-W10"


def test_week_is_counted_in_utc():
    # Monday 01:00 in UTC+2 is still Sunday in UTC
    assert week_key("2024-03-11T01:00:00+02:00") == "2024-W10"


def test_weekly_totals_per_project():
    events = [
        {"project": "docs", "timestamp": "2024-05-06T09:00:00+00:00", "input_tokens": 100, "output_tokens": 20},
        {"project": "docs", "timestamp": "2024-05-08T17:30:00+00:00", "input_tokens": 50},
        {"project": "docs", "timestamp": "2024-05-14T08:00:00+00:00", "output_tokens": 5},
        {"project": "billing", "timestamp": "2024-05-07T12:00:00-07:00", "input_tokens": 10, "output_tokens": 1},
    ]
    assert weekly_usage(events) == {
        "billing": {"2024-W19": 11},
        "docs": {"2024-W19": 170, "2024-W20": 5},
    }


def test_new_year_week():
    events = [
        {"project": "docs", "timestamp": "2024-12-31T10:00:00+00:00", "input_tokens": 40},
        {"project": "docs", "timestamp": "2025-01-02T10:00:00+00:00", "input_tokens": 60},
    ]
    assert weekly_usage(events) == {"docs": {"2025-W01": 100}}


def test_busiest_week():
    events = [
        {"project": "a", "timestamp": "2024-05-06T09:00:00", "input_tokens": 10},
        {"project": "a", "timestamp": "2024-05-14T09:00:00", "input_tokens": 30},
    ]
    assert busiest_week(events, "a") == ("2024-W20", 30)
    assert busiest_week(events, "missing") is None
