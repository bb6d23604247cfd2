import random

from seat_bookings import busiest_day, overbooked_days, seats_per_day


def _brute(bookings, days):
    return [
        sum(seats for first, last, seats in bookings if first <= day <= last)
        for day in range(1, days + 1)
    ]


def test_booking_ending_on_last_day():
    assert seats_per_day([(2, 4, 7)], 4) == [0, 7, 7, 7]


def test_booking_ending_right_after_last_day():
    assert seats_per_day([(1, 5, 3), (2, 2, 1)], 4) == [3, 4, 3, 3]


def test_whole_season_and_beyond():
    assert seats_per_day([(1, 100, 2), (1, 1, 1)], 3) == [3, 2, 2]


def test_busiest_day_prefers_earliest():
    assert busiest_day([(2, 2, 5), (4, 4, 5)], 5) == (2, 5)


def test_overbooked_days_with_long_bookings():
    bookings = [(1, 30, 10), (5, 6, 1), (3, 3, 2)]
    assert overbooked_days(bookings, 7, capacity=10) == [3, 5, 6]


def test_random_against_brute_force():
    rng = random.Random(12)
    for _ in range(300):
        days = rng.randint(1, 12)
        bookings = []
        for _ in range(rng.randint(0, 7)):
            first = rng.randint(1, days + 3)
            bookings.append((first, first + rng.randint(0, 8), rng.randint(1, 9)))
        assert seats_per_day(bookings, days) == _brute(bookings, days), (bookings, days)
