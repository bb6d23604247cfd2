from datetime import date, timedelta

import pytest

from iso_week_dates import IsoWeek, weeks_in_year


def _every_day(start, end):
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def test_from_date_matches_stdlib():
    for day in _every_day(date(1998, 12, 1), date(2032, 1, 31)):
        year, week, _ = day.isocalendar()
        assert IsoWeek.from_date(day) == IsoWeek(year, week), day


def test_monday_of_the_week_holding_each_day():
    for day in _every_day(date(2015, 12, 20), date(2027, 1, 15)):
        assert IsoWeek.from_date(day).monday() == day - timedelta(days=day.weekday()), day


def test_monday_matches_fromisocalendar():
    for year in range(1990, 2041):
        for week in (1, 2, 26, weeks_in_year(year)):
            assert IsoWeek(year, week).monday() == date.fromisocalendar(year, week, 1)


def test_days_are_monday_to_sunday():
    days = IsoWeek(2026, 1).days()
    assert days[0] == date(2025, 12, 29)
    assert [d.isoweekday() for d in days] == [1, 2, 3, 4, 5, 6, 7]
    assert days[-1] == date(2026, 1, 4)


def test_weeks_in_year_matches_stdlib():
    for year in range(1900, 2101):
        assert weeks_in_year(year) == date(year, 12, 28).isocalendar()[1], year


def test_parse_rejects_garbage():
    for label in ("2024-5", "2024W05", "24-W05", "2024-W5"):
        with pytest.raises(ValueError):
            IsoWeek.parse(label)
    with pytest.raises(ValueError):
        IsoWeek.parse("2024-W00")


def test_next_walks_consecutive_mondays():
    week = IsoWeek(2019, 50)
    for _ in range(120):
        following = week.next()
        assert following.monday() - week.monday() == timedelta(weeks=1)
        week = following
