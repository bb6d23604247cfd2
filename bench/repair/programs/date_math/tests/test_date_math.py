from date_math import add_days, day_of_year, is_leap, weekday


def test_ordinary_leap_years():
    assert is_leap(2024)
    assert not is_leap(2023)
    assert not is_leap(1900)


def test_year_divisible_by_400_is_leap():
    assert is_leap(2000)


def test_day_of_year():
    assert day_of_year((2023, 3, 1)) == 60
    assert day_of_year((2023, 1, 15)) == 15


def test_add_days_across_new_year():
    assert add_days((2023, 12, 30), 3) == (2024, 1, 2)


def test_add_days_backwards():
    assert add_days((2024, 3, 1), -1) == (2024, 2, 29)


def test_february_2000():
    assert add_days((2000, 2, 28), 1) == (2000, 2, 29)


def test_weekday():
    assert weekday((2024, 1, 1)) == 0
