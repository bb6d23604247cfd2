from datetime import date, timedelta

from date_bucket_totals import bucket_start, bucket_totals


def test_every_day_of_a_week_maps_to_its_monday():
    monday = date(2023, 12, 25)
    for offset in range(7):
        assert bucket_start(monday + timedelta(days=offset), "week") == monday
    assert bucket_start(date(2024, 1, 1), "week") == date(2024, 1, 1)
    assert bucket_start(date(2023, 12, 24), "week") == date(2023, 12, 18)


def test_quarters():
    assert bucket_start(date(2024, 3, 31), "quarter") == date(2024, 1, 1)
    assert bucket_start(date(2024, 4, 1), "quarter") == date(2024, 4, 1)
    assert bucket_start(date(2024, 12, 9), "quarter") == date(2024, 10, 1)


def test_weekly_fill_gaps():
    rows = [{"d": "2024-01-03", "n": 2}, {"d": "2024-01-21", "n": 3}, {"d": "2024-01-01", "n": 1}]
    assert bucket_totals(rows, "d", "n", "week", fill_gaps=True) == [
        (date(2024, 1, 1), 3), (date(2024, 1, 8), 0), (date(2024, 1, 15), 3)]


def test_monthly_fill_gaps_across_year_end():
    rows = [{"d": "2023-11-15", "n": 1}, {"d": "2024-02-01", "n": 4}]
    assert bucket_totals(rows, "d", "n", "month", fill_gaps=True) == [
        (date(2023, 11, 1), 1), (date(2023, 12, 1), 0),
        (date(2024, 1, 1), 0), (date(2024, 2, 1), 4)]


def test_quarterly_fill_gaps():
    rows = [{"d": "2023-08-15", "n": 1}, {"d": "2024-05-01", "n": 2}]
    assert bucket_totals(rows, "d", "n", "quarter", fill_gaps=True) == [
        (date(2023, 7, 1), 1), (date(2023, 10, 1), 0),
        (date(2024, 1, 1), 0), (date(2024, 4, 1), 2)]


def test_daily_sunday_and_empty():
    rows = [{"d": "2024-03-10", "n": 4}, {"d": "2024-03-10", "n": 1}]
    assert bucket_totals(rows, "d", "n") == [(date(2024, 3, 10), 5)]
    assert bucket_totals([], "d", "n", "week", fill_gaps=True) == []
