from datetime import date

import pytest

from iso_week_dates import IsoWeek, weeks_in_year


def test_from_date_mid_year():
    assert IsoWeek.from_date(date(2023, 6, 15)) == IsoWeek(2023, 24)


def test_from_date_belongs_to_previous_year():
    assert IsoWeek.from_date(date(2021, 1, 1)) == IsoWeek(2020, 53)


def test_from_date_belongs_to_next_year():
    assert IsoWeek.from_date(date(2024, 12, 30)) == IsoWeek(2025, 1)


def test_label_round_trip():
    assert str(IsoWeek(2024, 5)) == "2024-W05"
    assert IsoWeek.parse("2024-W05") == IsoWeek(2024, 5)


def test_no_week_53_in_short_years():
    assert weeks_in_year(2021) == 52
    with pytest.raises(ValueError):
        IsoWeek(2021, 53)


def test_next_wraps_to_new_year():
    assert IsoWeek(2020, 52).next() == IsoWeek(2020, 53)
    assert IsoWeek(2020, 53).next() == IsoWeek(2021, 1)


def test_monday_of_week():
    assert IsoWeek(2024, 10).monday() == date(2024, 3, 4)


def test_days_of_first_week():
    days = IsoWeek(2021, 1).days()
    assert days[0] == date(2021, 1, 4)
    assert days[-1] == date(2021, 1, 10)
