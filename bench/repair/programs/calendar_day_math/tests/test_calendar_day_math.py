from calendar_day_math import Day


def test_epoch_is_thursday():
    assert Day(1970, 1, 1).weekday_name() == "Thursday"


def test_plus_days_across_january_end():
    assert Day(2023, 1, 30).plus_days(3) == Day(2023, 2, 2)


def test_leap_february():
    assert Day(2024, 2, 28).plus_days(1) == Day(2024, 2, 29)
    assert Day(2023, 2, 28).plus_days(1) == Day(2023, 3, 1)


def test_plus_days_backwards_across_year():
    assert Day(2024, 1, 2).plus_days(-3) == Day(2023, 12, 30)


def test_christmas_2024_weekday():
    assert Day(2024, 12, 25).weekday_name() == "Wednesday"


def test_business_days_over_a_weekend():
    # Friday 2024-03-29 plus one business day is Monday 2024-04-01
    assert Day(2024, 3, 29).add_business_days(1) == Day(2024, 4, 1)


def test_next_monday_after_a_monday():
    monday = Day(2024, 1, 8)
    assert monday.next_weekday(0) == Day(2024, 1, 15)
