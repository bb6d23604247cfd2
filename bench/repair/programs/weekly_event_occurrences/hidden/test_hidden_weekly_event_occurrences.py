from datetime import date

from weekly_event_occurrences import next_occurrence, occurrences

# 2024-07-04 is a Thursday
THU = date(2024, 7, 4)


def test_start_day_not_in_rule():
    assert occurrences(THU, [1], count=3) == [
        date(2024, 7, 9), date(2024, 7, 16), date(2024, 7, 23),
    ]


def test_biweekly_counted_from_start_week():
    # week of 2024-07-01 is week 0; the Monday of that week is before start
    assert occurrences(THU, [0, 4], every=2, count=4) == [
        date(2024, 7, 5), date(2024, 7, 15), date(2024, 7, 19), date(2024, 7, 29),
    ]


def test_sunday_start_triweekly():
    sun = date(2024, 7, 7)
    assert occurrences(sun, [0, 6], every=3, until=date(2024, 8, 20)) == [
        date(2024, 7, 7), date(2024, 7, 22), date(2024, 7, 28), date(2024, 8, 12), date(2024, 8, 18),
    ]


def test_until_before_first_occurrence():
    assert occurrences(THU, [2], until=date(2024, 7, 9)) == []
    assert occurrences(THU, [], count=3) == []


def test_next_occurrence_from_midweek_start():
    assert next_occurrence(THU, [0, 3], 2, date(2024, 7, 4)) == date(2024, 7, 15)
    assert next_occurrence(THU, [0, 3], 2, date(2024, 6, 1)) == date(2024, 7, 4)
    assert next_occurrence(THU, [0, 3], 2, date(2024, 7, 15)) == date(2024, 7, 18)
