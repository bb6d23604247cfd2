from datetime import date
from itertools import islice

from monthly_recurrence import monthly, nth_weekday, until, weekday_rule


def test_mid_month_anchor():
    assert list(islice(monthly(date(2024, 11, 15)), 3)) == [
        date(2024, 11, 15), date(2024, 12, 15), date(2025, 1, 15),
    ]


def test_quarterly():
    assert until(monthly(date(2024, 2, 10), interval=3), date(2024, 12, 31)) == [
        date(2024, 2, 10), date(2024, 5, 10), date(2024, 8, 10), date(2024, 11, 10),
    ]


def test_end_of_month_anchor():
    assert list(islice(monthly(date(2023, 1, 31)), 4)) == [
        date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31), date(2023, 4, 30),
    ]


def test_second_tuesday():
    assert nth_weekday(2024, 5, 1, 2) == date(2024, 5, 14)


def test_last_friday_rule():
    assert list(islice(weekday_rule(date(2024, 1, 1), 4, -1), 3)) == [
        date(2024, 1, 26), date(2024, 2, 23), date(2024, 3, 29),
    ]


def test_no_fifth_monday():
    assert nth_weekday(2024, 2, 0, 5) is None
