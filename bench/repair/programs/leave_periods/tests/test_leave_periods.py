from datetime import date

import pytest

from leave_periods import days_off, merge_periods, parse_period


def test_parse_start_and_end():
    assert parse_period("2024-03-01/2024-03-05") == (date(2024, 3, 1), date(2024, 3, 5))


def test_parse_start_and_duration():
    assert parse_period("2024-03-01/P3D") == (date(2024, 3, 1), date(2024, 3, 3))
    assert parse_period("2024-12-30/P1W") == (date(2024, 12, 30), date(2025, 1, 5))


def test_reversed_period_is_rejected():
    with pytest.raises(ValueError):
        parse_period("2024-03-05/2024-03-01")


def test_overlapping_and_touching_periods_are_joined():
    merged = list(merge_periods(["2024-03-01/2024-03-05", "2024-03-04/2024-03-08",
                                 "2024-03-09/P2D", "2024-04-01/2024-04-02"]))
    assert merged == [(date(2024, 3, 1), date(2024, 3, 10)),
                      (date(2024, 4, 1), date(2024, 4, 2))]


def test_days_off_for_summer():
    assert days_off(["2024-07-01/P2W", "2024-07-03/2024-07-04", "2024-08-19/2024-08-23"]) == 19
