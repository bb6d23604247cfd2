from datetime import datetime, timedelta

from free_slots import first_slot, free_time, iter_free_slots

DAY_START = datetime(2024, 3, 4, 9, 0)
DAY_END = datetime(2024, 3, 4, 17, 0)


def at(hour, minute=0):
    return datetime(2024, 3, 4, hour, minute)


def test_empty_calendar_is_one_free_slot():
    assert list(iter_free_slots([], DAY_START, DAY_END)) == [(DAY_START, DAY_END)]


def test_meeting_in_the_middle_splits_the_day():
    busy = [(at(12), at(13))]
    assert list(iter_free_slots(busy, DAY_START, DAY_END)) == [
        (at(9), at(12)),
        (at(13), at(17)),
    ]


def test_fully_booked_day():
    assert list(iter_free_slots([(at(8), at(18))], DAY_START, DAY_END)) == []


def test_meeting_before_the_day_starts_is_clipped():
    busy = [(at(8), at(10))]
    assert list(iter_free_slots(busy, DAY_START, DAY_END)) == [(at(10), at(17))]


def test_free_time_with_overlapping_meetings():
    busy = [(at(10), at(11, 30)), (at(11), at(12)), (at(15), at(16))]
    assert free_time(busy, DAY_START, DAY_END) == timedelta(hours=5)


def test_first_slot_long_enough():
    busy = [(at(9, 30), at(10)), (at(10, 45), at(12))]
    assert first_slot(busy, DAY_START, DAY_END, timedelta(minutes=45)) == (at(10), at(10, 45))
