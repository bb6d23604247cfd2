import pytest

from epoch_day_count import day_of_year, days_between, epoch_day, is_leap, weekday


def test_epoch_is_day_zero():
    assert epoch_day(1970, 1, 1) == 0


def test_leap_years():
    assert is_leap(2024)
    assert is_leap(2000)
    assert not is_leap(1900)
    assert not is_leap(2023)


def test_day_of_year():
    assert day_of_year(2024, 3, 1) == 61
    assert day_of_year(2023, 12, 31) == 365


def test_known_epoch_days():
    assert epoch_day(2000, 1, 1) == 10957
    assert epoch_day(2024, 2, 29) == 19782


def test_dates_before_the_epoch():
    assert epoch_day(1969, 12, 31) == -1
    assert epoch_day(1900, 1, 1) == -25567


def test_days_between_in_one_year():
    assert days_between((2023, 1, 1), (2023, 12, 25)) == 358
    assert days_between((2023, 12, 25), (2023, 1, 1)) == -358


def test_weekday():
    assert weekday(2024, 7, 4) == 3  # Thursday
    assert weekday(1970, 1, 1) == 3


def test_invalid_date_rejected():
    with pytest.raises(ValueError):
        epoch_day(2023, 2, 29)
