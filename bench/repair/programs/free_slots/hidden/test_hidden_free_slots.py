import random
from datetime import datetime, timedelta

from free_slots import first_slot, free_time, iter_free_slots

BASE = datetime(2024, 6, 10, 0, 0)


def minute(n):
    return BASE + timedelta(minutes=n)


def brute_slots(busy, lo, hi, min_len):
    taken = set()
    for start, end in busy:
        taken.update(range(start, end))
    slots = []
    run_start = None
    for m in range(lo, hi + 1):
        free = m < hi and m not in taken
        if free and run_start is None:
            run_start = m
        elif not free and run_start is not None:
            if m - run_start >= max(min_len, 1):
                slots.append((run_start, m))
            run_start = None
    return slots


def test_random_calendars_against_minute_grid():
    rng = random.Random(2024)
    for _ in range(300):
        lo, hi = rng.randint(0, 30), rng.randint(40, 90)
        busy = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(-10, 100)
            busy.append((start, start + rng.randint(-3, 25)))
        min_len = rng.choice([0, 1, 5, 12])
        got = list(iter_free_slots(
            [(minute(s), minute(e)) for s, e in busy], minute(lo), minute(hi),
            timedelta(minutes=min_len)))
        want = [(minute(s), minute(e)) for s, e in brute_slots(busy, lo, hi, min_len)]
        assert got == want, (busy, lo, hi, min_len)


def test_back_to_back_meetings_leave_no_zero_length_gap():
    busy = [(minute(60), minute(90)), (minute(90), minute(120))]
    assert list(iter_free_slots(busy, minute(60), minute(180))) == [(minute(120), minute(180))]


def test_unsorted_input():
    busy = [(minute(50), minute(60)), (minute(10), minute(20))]
    assert list(iter_free_slots(busy, minute(0), minute(70))) == [
        (minute(0), minute(10)), (minute(20), minute(50)), (minute(60), minute(70))]


def test_min_length_skips_short_gaps_but_keeps_exact_fit():
    busy = [(minute(10), minute(20)), (minute(25), minute(40)), (minute(70), minute(80))]
    got = list(iter_free_slots(busy, minute(0), minute(100), timedelta(minutes=10)))
    assert got == [(minute(0), minute(10)), (minute(40), minute(70)), (minute(80), minute(100))]


def test_free_time_counts_every_gap():
    busy = [(minute(5), minute(15)), (minute(30), minute(35))]
    assert free_time(busy, minute(0), minute(60)) == timedelta(minutes=45)


def test_first_slot_none_when_nothing_fits():
    busy = [(minute(10), minute(50))]
    assert first_slot(busy, minute(0), minute(60), timedelta(minutes=15)) is None
    assert first_slot(busy, minute(0), minute(70), timedelta(minutes=15)) == (minute(50), minute(65))
