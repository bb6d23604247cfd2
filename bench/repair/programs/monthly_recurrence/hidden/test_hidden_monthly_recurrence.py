import calendar
from datetime import date
from itertools import islice

from monthly_recurrence import monthly, until, weekday_rule


def _expected(anchor, interval, count):
    out = []
    for step in range(count):
        index = anchor.year * 12 + anchor.month - 1 + step * interval
        year, month = index // 12, index % 12 + 1
        out.append(date(year, month, min(anchor.day, calendar.monthrange(year, month)[1])))
    return out


def test_leap_day_yearly():
    assert list(islice(monthly(date(2024, 2, 29), interval=12), 5)) == [
        date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28),
        date(2028, 2, 29),
    ]


def test_thirtieth_through_february():
    assert until(monthly(date(2024, 1, 30)), date(2024, 5, 1)) == [
        date(2024, 1, 30), date(2024, 2, 29), date(2024, 3, 30), date(2024, 4, 30),
    ]


def test_many_anchors_and_intervals():
    for day in (1, 15, 28, 29, 30, 31):
        for month in (1, 3, 8, 12):
            if day > calendar.monthrange(2023, month)[1]:
                continue
            for interval in (1, 2, 5, 12):
                anchor = date(2023, month, day)
                assert list(islice(monthly(anchor, interval), 14)) == _expected(anchor, interval, 14)


def test_weekday_rule_starts_after_start():
    assert list(islice(weekday_rule(date(2024, 5, 15), 1, 2), 2)) == [
        date(2024, 6, 11), date(2024, 7, 9),
    ]
