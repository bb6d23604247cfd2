import random
from datetime import date, timedelta

from business_days import WorkCalendar


def _count(calendar, start, end):
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    days = (start + timedelta(days=i) for i in range((end - start).days))
    return sign * sum(1 for day in days if calendar.is_business_day(day))


def test_between_against_day_by_day_count():
    rng = random.Random(99)
    base = date(2023, 11, 1)
    for _ in range(300):
        holidays = frozenset(base + timedelta(days=rng.randint(0, 60)) for _ in range(6))
        calendar = WorkCalendar(holidays)
        start = base + timedelta(days=rng.randint(0, 60))
        end = base + timedelta(days=rng.randint(0, 60))
        assert calendar.business_days_between(start, end) == _count(calendar, start, end)


def test_holiday_on_the_first_day_of_the_range():
    calendar = WorkCalendar(frozenset({date(2024, 5, 27)}))  # a Monday
    assert calendar.business_days_between(date(2024, 5, 27), date(2024, 6, 3)) == 4
    assert calendar.business_days_between(date(2024, 5, 27), date(2024, 5, 28)) == 0


def test_holiday_on_the_end_day_is_not_counted():
    calendar = WorkCalendar(frozenset({date(2024, 6, 3)}))
    assert calendar.business_days_between(date(2024, 5, 27), date(2024, 6, 3)) == 5


def test_reversed_range_with_holiday_on_the_later_boundary():
    calendar = WorkCalendar(frozenset({date(2024, 7, 4)}))  # a Thursday
    assert calendar.business_days_between(date(2024, 7, 8), date(2024, 7, 4)) == -1


def test_holiday_on_a_weekend_is_not_subtracted_twice():
    calendar = WorkCalendar(frozenset({date(2024, 12, 28)}))  # a Saturday
    assert calendar.business_days_between(date(2024, 12, 28), date(2025, 1, 4)) == 5


def test_empty_range():
    assert WorkCalendar().business_days_between(date(2024, 2, 2), date(2024, 2, 2)) == 0


def test_add_then_count_round_trip():
    rng = random.Random(5)
    calendar = WorkCalendar(frozenset({date(2024, 4, 1), date(2024, 5, 1), date(2024, 5, 9)}))
    for _ in range(100):
        start = calendar.next_business_day(date(2024, 3, 1) + timedelta(days=rng.randint(0, 60)))
        count = rng.randint(0, 30)
        end = calendar.add_business_days(start, count)
        assert calendar.business_days_between(start, end) == count
