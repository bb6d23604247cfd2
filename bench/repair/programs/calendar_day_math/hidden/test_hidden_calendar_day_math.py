import datetime
import random

from calendar_day_math import Day


def _as_day(value):
    return Day(value.year, value.month, value.day)


def test_month_ends_every_month():
    for year in (2023, 2024, 2100):
        for month in range(1, 13):
            following = datetime.date(year + month // 12, month % 12 + 1, 1)
            last = following - datetime.timedelta(days=1)
            assert Day(year, month, 1).last_of_month() == _as_day(last)


def test_plus_days_matches_datetime():
    rng = random.Random(2024)
    for _ in range(300):
        start = datetime.date(1975, 1, 1) + datetime.timedelta(days=rng.randint(0, 20000))
        offset = rng.randint(-400, 400)
        assert _as_day(start).plus_days(offset) == _as_day(start + datetime.timedelta(days=offset))


def test_weekday_matches_datetime():
    rng = random.Random(7)
    for _ in range(300):
        date = datetime.date(1970, 1, 1) + datetime.timedelta(days=rng.randint(0, 25000))
        assert _as_day(date).weekday() == date.weekday()


def test_business_days_across_month_ends():
    # Friday 2024-08-30 -> Tuesday 2024-09-03; Friday 2023-06-30 -> Monday 2023-07-03
    assert Day(2024, 8, 30).add_business_days(2) == Day(2024, 9, 3)
    assert Day(2023, 6, 30).add_business_days(1) == Day(2023, 7, 3)
    assert Day(2024, 10, 31).add_business_days(1) == Day(2024, 11, 1)


def test_next_weekday_across_month_end():
    # 2024-07-30 is a Tuesday; the next Sunday is 2024-08-04
    assert Day(2024, 7, 30).next_weekday(6) == Day(2024, 8, 4)
    assert Day(2024, 6, 29).next_weekday(0) == Day(2024, 7, 1)


def test_business_days_match_datetime():
    rng = random.Random(11)
    for _ in range(60):
        start = datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randint(0, 9000))
        count = rng.randint(0, 30)
        current, left = start, count
        while left:
            current += datetime.timedelta(days=1)
            if current.weekday() < 5:
                left -= 1
        assert _as_day(start).add_business_days(count) == _as_day(current)
