import pytest

from booking_selection import Booking, accept_bookings, days_held, rejected, utilisation


def test_no_requests():
    assert accept_bookings([]) == []


def test_separate_bookings_all_accepted():
    requests = [Booking("ana", 1, 2), Booking("ben", 4, 7)]
    assert accept_bookings(requests) == requests


def test_short_early_bookings_beat_one_long_one():
    long = Booking("long", 1, 10)
    first = Booking("first", 2, 3)
    second = Booking("second", 5, 6)
    assert accept_bookings([long, first, second]) == [first, second]
    assert rejected([long, first, second]) == [long]


def test_handover_day_cannot_be_shared():
    morning = Booking("ana", 1, 3)
    evening = Booking("ben", 3, 5)
    assert accept_bookings([morning, evening]) == [morning]


def test_days_are_inclusive():
    assert days_held(Booking("ana", 4, 4)) == 1
    assert days_held(Booking("ana", 4, 6)) == 3


def test_utilisation():
    accepted = [Booking("ana", 1, 5), Booking("ben", 6, 10)]
    assert utilisation(accepted, 20) == 0.5


def test_backwards_booking_rejected():
    with pytest.raises(ValueError):
        accept_bookings([Booking("ana", 5, 2)])
