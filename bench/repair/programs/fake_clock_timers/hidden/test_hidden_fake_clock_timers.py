import random

import pytest

from fake_clock_timers import FakeClock


def test_zero_delay_fires_on_zero_advance():
    clock = FakeClock(start=100.0)
    calls = []
    clock.call_later(0, lambda: calls.append(clock.now))
    assert clock.advance(0) == 1
    assert calls == [100.0]


def test_repeating_timer_hits_the_boundary():
    clock = FakeClock()
    ticks = []
    clock.call_later(2, lambda: ticks.append(clock.now), every=2)
    assert clock.advance(6) == 3
    assert ticks == [2, 4, 6]
    assert clock.advance(2) == 1
    assert ticks[-1] == 8


def test_reset_repeating_timer_drops_old_schedule():
    clock = FakeClock()
    ticks = []
    timer = clock.call_later(5, lambda: ticks.append(clock.now), every=5)
    clock.advance(3)
    clock.reset(timer, 4)
    clock.advance(14)
    assert ticks == [7, 12, 17]


def test_reset_several_times_fires_once():
    clock = FakeClock()
    expired = []
    timer = clock.call_later(2, lambda: expired.append(clock.now))
    for _ in range(5):
        clock.advance(1)
        clock.reset(timer, 2)
    assert expired == []
    assert clock.advance(2) == 1
    assert expired == [7]
    assert clock.pending() == 0


def test_reset_to_an_earlier_deadline():
    clock = FakeClock()
    expired = []
    timer = clock.call_later(10, lambda: expired.append(clock.now), every=10)
    clock.reset(timer, 1)
    clock.advance(10)
    assert expired == [1]


def test_callback_schedules_follow_up_due_in_same_step():
    clock = FakeClock()
    log = []

    def first():
        log.append(("first", clock.now))
        clock.call_later(2, lambda: log.append(("second", clock.now)))

    clock.call_later(1, first)
    assert clock.advance(3) == 2
    assert log == [("first", 1), ("second", 3)]


def test_repeating_timer_cancels_itself():
    clock = FakeClock()
    ticks = []
    holder = {}

    def tick():
        ticks.append(clock.now)
        if len(ticks) == 3:
            clock.cancel(holder["id"])

    holder["id"] = clock.call_later(1, tick, every=1)
    clock.advance(10)
    assert ticks == [1, 2, 3]


def test_random_one_shot_timers_against_model():
    rng = random.Random(4)
    for _ in range(60):
        clock = FakeClock()
        fired = []
        deadlines = {}
        for name in range(rng.randint(1, 8)):
            delay = rng.randint(0, 10)
            timer = clock.call_later(delay, lambda n=name: fired.append((clock.now, n)))
            deadlines[timer] = (delay, name)
        for timer in list(deadlines):
            if rng.random() < 0.4:
                deadlines[timer] = (rng.randint(0, 10), deadlines[timer][1])
                clock.reset(timer, deadlines[timer][0])
        steps = [rng.randint(0, 4) for _ in range(5)]
        for step in steps:
            clock.advance(step)
        end = sum(steps)
        expected = sorted((d, n) for d, n in deadlines.values() if d <= end)
        assert sorted(fired) == expected
        assert clock.pending() == len(deadlines) - len(expected)


def test_bad_arguments():
    clock = FakeClock()
    with pytest.raises(ValueError):
        clock.call_later(-1, lambda: None)
    with pytest.raises(ValueError):
        clock.call_later(1, lambda: None, every=0)
