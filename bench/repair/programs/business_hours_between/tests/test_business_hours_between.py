from datetime import date, datetime

from business_hours_between import business_hours, business_seconds, is_open

# 2024-03-04 is a Monday.


def test_within_one_day():
    assert business_hours(datetime(2024, 3, 4, 10, 0), datetime(2024, 3, 4, 12, 30)) == 2.5


def test_clamped_to_opening_hours():
    assert business_hours(datetime(2024, 3, 4, 7, 0), datetime(2024, 3, 4, 20, 0)) == 8.5


def test_over_the_weekend():
    friday_afternoon = datetime(2024, 3, 8, 16, 30)
    monday_morning = datetime(2024, 3, 11, 10, 0)
    assert business_hours(friday_afternoon, monday_morning) == 2.0


def test_end_before_start_is_negative():
    assert business_seconds(datetime(2024, 3, 5, 11, 0), datetime(2024, 3, 5, 10, 0)) == -3600


def test_public_holiday_not_counted():
    good_friday = date(2024, 3, 29)
    thursday_noon = datetime(2024, 3, 28, 12, 0)
    tuesday_noon = datetime(2024, 4, 2, 12, 0)
    assert business_hours(thursday_noon, tuesday_noon, holidays={good_friday}) == 17.0


def test_is_open():
    assert is_open(datetime(2024, 3, 4, 9, 0))
    assert not is_open(datetime(2024, 3, 4, 17, 30))
    assert not is_open(datetime(2024, 3, 9, 12, 0))
    assert not is_open(datetime(2024, 3, 4, 12, 0), holidays={date(2024, 3, 4)})
