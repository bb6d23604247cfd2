import datetime
import random

from date_math import add_days, day_of_year, days_in_month, is_leap, weekday


def test_leap_rule_over_centuries():
    for year in range(1500, 2501):
        assert is_leap(year) == ((datetime.date(year, 3, 1) - datetime.date(year, 2, 1)).days == 29)


def test_matches_datetime():
    rng = random.Random(21)
    for _ in range(600):
        start = datetime.date(rng.randint(1590, 2410), rng.randint(1, 12), rng.randint(1, 28))
        offset = rng.randint(-800, 800)
        end = start + datetime.timedelta(days=offset)
        as_tuple = (start.year, start.month, start.day)
        assert add_days(as_tuple, offset) == (end.year, end.month, end.day)
        assert day_of_year(as_tuple) == start.timetuple().tm_yday
        assert weekday(as_tuple) == start.weekday()


def test_century_februaries():
    assert days_in_month(1600, 2) == 29
    assert days_in_month(1700, 2) == 28
    assert days_in_month(2400, 2) == 29
    assert add_days((2400, 12, 31), -366 + 1) == (2400, 1, 1)
