from datetime import datetime, time

from quiet_hours_policy import QuietHours


def utc(hour, minute=0, day=10):
    return datetime(2024, 3, day, hour, minute)


def test_user_without_rule_is_never_quiet():
    hours = QuietHours()
    assert not hours.is_quiet("ana", utc(3))


def test_overnight_quiet_hours():
    hours = QuietHours()
    hours.set("ana", time(22, 0), time(7, 0))
    assert hours.is_quiet("ana", utc(23, 30))
    assert not hours.is_quiet("ana", utc(12, 0))


def test_critical_alerts_bypass_quiet_hours():
    hours = QuietHours()
    hours.set("ana", time(0, 0), time(6, 0))
    assert not hours.should_deliver("ana", utc(2), severity="warning")
    assert hours.should_deliver("ana", utc(2), severity="critical")


def test_next_delivery_waits_for_end_of_quiet_hours():
    hours = QuietHours()
    hours.set("ana", time(1, 0), time(6, 30))
    assert hours.next_delivery("ana", utc(3, 15)) == utc(6, 30)
    assert hours.next_delivery("ana", utc(9, 0)) == utc(9, 0)
