from datetime import date, datetime

import pytest

from date_bucket_totals import bucket_start, bucket_totals, to_date

ROWS = [
    {"when": "2024-03-04", "amount": 5},
    {"when": "2024-03-06T18:30:00", "amount": 7},
    {"when": "2024-03-12", "amount": 1},
    {"when": "2024-04-02", "amount": 10},
]


def test_to_date_accepts_several_forms():
    assert to_date("2024-03-06T18:30:00") == date(2024, 3, 6)
    assert to_date(datetime(2024, 1, 2, 3, 4)) == date(2024, 1, 2)


def test_monthly_totals():
    assert bucket_totals(ROWS, "when", "amount", "month") == [
        (date(2024, 3, 1), 13), (date(2024, 4, 1), 10)]


def test_weekly_totals_start_on_monday():
    assert bucket_totals(ROWS, "when", "amount", "week") == [
        (date(2024, 3, 4), 12), (date(2024, 3, 11), 1), (date(2024, 4, 1), 10)]


def test_unknown_period():
    with pytest.raises(ValueError):
        bucket_start(date(2024, 1, 1), "year")
