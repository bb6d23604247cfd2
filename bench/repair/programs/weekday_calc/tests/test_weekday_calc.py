import pytest

from weekday_calc import days_in_month, is_leap_year, nth_weekday, weekday_name


def test_leap_years():
    assert is_leap_year(2024) and is_leap_year(2000)
    assert not is_leap_year(1900) and not is_leap_year(2023)
    assert days_in_month(2024, 2) == 29


def test_known_weekdays():
    assert weekday_name(2000, 1, 1) == "Saturday"
    assert weekday_name(2024, 12, 25) == "Wednesday"


def test_summer_date():
    assert weekday_name(2024, 8, 15) == "Thursday"


def test_thanksgiving():
    assert nth_weekday(2024, 11, 4, 4) == 28


def test_last_monday_of_may():
    assert nth_weekday(2024, 5, 1, -1) == 27


def test_first_monday_of_august():
    assert nth_weekday(2023, 8, 1, 1) == 7


def test_no_fifth_monday_in_february():
    with pytest.raises(ValueError):
        nth_weekday(2023, 2, 1, 5)
