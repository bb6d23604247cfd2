import pytest

from iso_week_usage import busiest_week, week_key, weekly_usage


@pytest.mark.parametrize("stamp, week", [
    ("2021-01-03T12:00:00", "2020-W53"),
    ("2027-01-02T10:00:00Z", "2026-W53"),
    ("2025-12-29T08:00:00-05:00", "2026-W01"),
    ("2024-12-29T23:30:00-02:00", "2025-W01"),
    ("2026-01-01T00:30:00+01:00", "2026-W01"),
    ("2019-12-30T00:00:00+00:00", "2020-W01"),
    ("2023-06-15T12:00:00+05:30", "2023-W24"),
    ("2024-01-01T03:00:00+05:00", "2023-W52"),
])
def test_week_key(stamp, week):
    assert week_key(stamp) == week


def test_year_end_report_sorted():
    events = [
        {"project": "p", "timestamp": "2021-01-04T09:00:00Z", "output_tokens": 7},
        {"project": "p", "timestamp": "2020-12-28T09:00:00Z", "input_tokens": 3},
        {"project": "p", "timestamp": "2021-01-01T09:00:00Z", "input_tokens": 2},
    ]
    assert weekly_usage(events) == {"p": {"2020-W53": 5, "2021-W01": 7}}


def test_busiest_week_tie_goes_to_earliest():
    events = [
        {"project": "x", "timestamp": "2023-01-10T00:00:00Z", "input_tokens": 9},
        {"project": "x", "timestamp": "2022-01-02T00:00:00Z", "input_tokens": 9},
        {"project": "x", "timestamp": "2023-01-17T00:00:00Z", "input_tokens": 4},
    ]
    assert busiest_week(events, "x") == ("2021-W52", 9)


def test_events_without_token_counts():
    events = [{"project": "q", "timestamp": "2024-07-01T00:00:00Z"}]
    assert weekly_usage(events) == {"q": {"2024-W27": 0}}
