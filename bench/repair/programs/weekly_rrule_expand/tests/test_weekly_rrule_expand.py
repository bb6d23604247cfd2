from datetime import date

import pytest

from weekly_rrule_expand import next_occurrence, occurrences, parse_rule


def test_parse_rule():
    assert parse_rule("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR") == {
        "FREQ": "WEEKLY", "INTERVAL": "2", "BYDAY": "MO,FR"}


def test_every_week_on_the_start_weekday():
    # 2024-03-04 is a Monday.
    assert occurrences(date(2024, 3, 4), "FREQ=WEEKLY;COUNT=3") == [
        date(2024, 3, 4), date(2024, 3, 11), date(2024, 3, 18)]


def test_several_days_a_week_until():
    assert occurrences(date(2024, 3, 4), "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=2024-03-14") == [
        date(2024, 3, 5), date(2024, 3, 7), date(2024, 3, 12), date(2024, 3, 14)]


def test_every_other_week_from_a_monday():
    assert occurrences(date(2024, 3, 4), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=4") == [
        date(2024, 3, 4), date(2024, 3, 8), date(2024, 3, 18), date(2024, 3, 22)]


def test_every_other_week_starting_midweek():
    # 2024-03-06 is a Wednesday; its week (4-10 March) is week 0, 11-17 March is skipped.
    assert occurrences(date(2024, 3, 6), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=5") == [
        date(2024, 3, 6), date(2024, 3, 8), date(2024, 3, 18), date(2024, 3, 20), date(2024, 3, 22)]


def test_endless_series_is_rejected():
    with pytest.raises(ValueError):
        occurrences(date(2024, 3, 4), "FREQ=WEEKLY;BYDAY=MO")


def test_next_occurrence():
    rule = "FREQ=WEEKLY;BYDAY=WE;COUNT=3"
    assert next_occurrence(date(2024, 3, 6), rule, date(2024, 3, 6)) == date(2024, 3, 13)
    assert next_occurrence(date(2024, 3, 6), rule, date(2024, 3, 20)) is None
