from seat_bookings import busiest_day, overbooked_days, seats_per_day


def test_no_bookings():
    assert seats_per_day([], 5) == [0, 0, 0, 0, 0]


def test_overlapping_bookings():
    bookings = [(1, 2, 10), (2, 3, 20), (2, 5, 25)]
    assert seats_per_day(bookings, 5) == [10, 55, 45, 25, 25]


def test_single_day_booking():
    assert seats_per_day([(3, 3, 4)], 5) == [0, 0, 4, 0, 0]


def test_booking_after_the_season_is_ignored():
    assert seats_per_day([(7, 8, 3)], 5) == [0, 0, 0, 0, 0]


def test_booking_running_past_the_season_is_cut_off():
    assert seats_per_day([(4, 9, 2)], 5) == [0, 0, 0, 2, 2]


def test_busiest_and_overbooked_days():
    bookings = [(1, 4, 30), (3, 6, 25), (6, 6, 40)]
    assert busiest_day(bookings, 6) == (6, 65)
    assert overbooked_days(bookings, 6, capacity=50) == [3, 4, 6]
