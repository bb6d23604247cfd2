from datetime import date

import pytest

from weekly_event_occurrences import next_occurrence, occurrences, weekday_names

# 2024-04-01 is a Monday
MON = date(2024, 4, 1)


def test_every_week_by_count():
    assert occurrences(MON, [0, 3], count=4) == [
        date(2024, 4, 1), date(2024, 4, 4), date(2024, 4, 8), date(2024, 4, 11),
    ]


def test_every_other_week_until_inclusive():
    assert occurrences(MON, [4], every=2, until=date(2024, 4, 26)) == [
        date(2024, 4, 5), date(2024, 4, 19),
    ]


def test_start_mid_week_skips_earlier_days():
    wed = date(2024, 4, 3)
    assert occurrences(wed, [0, 2, 4], count=4) == [
        date(2024, 4, 3), date(2024, 4, 5), date(2024, 4, 8), date(2024, 4, 10),
    ]


def test_requires_an_end():
    with pytest.raises(ValueError):
        occurrences(MON, [1])


def test_next_occurrence_and_names():
    assert next_occurrence(MON, [1], 1, date(2024, 4, 2)) == date(2024, 4, 9)
    assert weekday_names([4, 0, 4]) == "Mon, Fri"
