from datetime import datetime, time

from quiet_hours_policy import QuietHours


def utc(hour, minute=0, day=10):
    return datetime(2024, 3, day, hour, minute)


def test_overnight_window_edges():
    hours = QuietHours()
    hours.set("cy", time(21, 30), time(6, 45))
    assert hours.is_quiet("cy", utc(21, 30))
    assert hours.is_quiet("cy", utc(0, 0))
    assert hours.is_quiet("cy", utc(6, 44))
    assert not hours.is_quiet("cy", utc(6, 45))
    assert not hours.is_quiet("cy", utc(21, 29))
    assert not hours.is_quiet("cy", utc(15, 0))


def test_overnight_window_with_utc_offset():
    hours = QuietHours()
    hours.set("cy", time(23, 0), time(8, 0), utc_offset_minutes=-300)
    assert hours.is_quiet("cy", utc(4, 0))
    assert hours.is_quiet("cy", utc(12, 59))
    assert not hours.is_quiet("cy", utc(13, 0))
    assert not hours.is_quiet("cy", utc(3, 59))


def test_daytime_window_and_empty_window():
    hours = QuietHours()
    hours.set("cy", time(13, 0), time(14, 0))
    assert hours.is_quiet("cy", utc(13, 0))
    assert not hours.is_quiet("cy", utc(14, 0))
    assert not hours.is_quiet("cy", utc(2, 0))
    hours.set("cy", time(9, 0), time(9, 0))
    assert not hours.is_quiet("cy", utc(9, 0))
    hours.clear("cy")
    assert not hours.is_quiet("cy", utc(13, 30))


def test_next_delivery_across_midnight():
    hours = QuietHours()
    hours.set("cy", time(22, 0), time(7, 0), utc_offset_minutes=120)
    assert hours.next_delivery("cy", utc(21, 0)) == utc(5, 0, day=11)
    assert hours.next_delivery("cy", utc(2, 0)) == utc(5, 0)
    assert hours.should_deliver("cy", utc(10, 0))
    assert not hours.should_deliver("cy", utc(22, 30))
