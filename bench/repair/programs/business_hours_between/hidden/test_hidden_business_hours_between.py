import random
from datetime import date, datetime, timedelta

from business_hours_between import business_hours, business_seconds, is_open


def _brute_minutes(start, end, holidays):
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    minutes = 0
    moment = start
    while moment < end:
        if is_open(moment, holidays):
            minutes += 1
        moment += timedelta(minutes=1)
    return sign * minutes


def test_start_on_holiday():
    holiday = date(2024, 12, 25)
    start = datetime(2024, 12, 25, 10, 0)
    end = datetime(2024, 12, 26, 11, 0)
    assert business_hours(start, end, holidays=[holiday]) == 2.0


def test_end_on_holiday():
    start = datetime(2024, 5, 7, 17, 0)
    end = datetime(2024, 5, 8, 15, 0)
    assert business_seconds(start, end, holidays=(date(2024, 5, 8),)) == 1800


def test_reversed_range_skips_holidays_too():
    start = datetime(2024, 1, 3, 12, 0)
    end = datetime(2024, 1, 1, 12, 0)
    assert business_hours(start, end, holidays={date(2024, 1, 1)}) == -11.5


def test_holiday_on_weekend_changes_nothing():
    start = datetime(2024, 3, 8, 9, 0)
    end = datetime(2024, 3, 11, 17, 30)
    assert business_hours(start, end, holidays={date(2024, 3, 9)}) == 17.0


def test_whole_week_with_two_holidays():
    start = datetime(2024, 4, 1, 0, 0)
    end = datetime(2024, 4, 8, 0, 0)
    holidays = {date(2024, 4, 1), date(2024, 4, 3)}
    assert business_hours(start, end, holidays) == 3 * 8.5


def test_random_spans_against_minute_count():
    rng = random.Random(17)
    base = datetime(2024, 6, 3)
    for _ in range(25):
        start = base + timedelta(minutes=rng.randrange(0, 6 * 24 * 60, 15))
        end = base + timedelta(minutes=rng.randrange(0, 6 * 24 * 60, 15))
        holidays = {date(2024, 6, 3) + timedelta(days=rng.randint(0, 6))
                    for _ in range(rng.randint(0, 2))}
        assert business_seconds(start, end, holidays) == 60 * _brute_minutes(start, end, holidays)
