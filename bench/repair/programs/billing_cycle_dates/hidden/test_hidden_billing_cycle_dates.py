import calendar
import random
from datetime import date, timedelta

from billing_cycle_dates import billing_dates, period_end


def _reference(anchor, count, interval):
    out = []
    for cycle in range(count):
        index = anchor.year * 12 + anchor.month - 1 + cycle * interval
        year, month = divmod(index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        out.append(date(year, month + 1, min(anchor.day, last)))
    return out


def test_random_schedules_against_reference():
    rng = random.Random(17)
    for _ in range(200):
        anchor = date(1999, 1, 1) + timedelta(days=rng.randint(0, 12000))
        count = rng.randint(0, 40)
        interval = rng.choice([1, 1, 2, 3, 5, 6, 12, 13, 24])
        expected = _reference(anchor, count, interval)
        assert list(billing_dates(anchor, count, interval)) == expected, (anchor, interval)


def test_december_signup_rolls_into_next_year():
    assert list(billing_dates(date(2023, 12, 5), 3)) == [
        date(2023, 12, 5), date(2024, 1, 5), date(2024, 2, 5),
    ]


def test_leap_day_signup_yearly():
    assert list(billing_dates(date(2024, 2, 29), 5, interval=12)) == [
        date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28),
        date(2028, 2, 29),
    ]


def test_zero_count():
    assert list(billing_dates(date(2024, 3, 3), 0)) == []


def test_period_ends():
    assert period_end(date(2023, 12, 31), 0) == date(2024, 1, 30)
    assert period_end(date(2023, 12, 31), 1) == date(2024, 2, 28)
    assert period_end(date(2024, 1, 15), 11) == date(2025, 1, 14)
    assert period_end(date(2024, 11, 30), 0, interval=3) == date(2025, 2, 27)
