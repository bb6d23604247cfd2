import pytest

from deadline_timer_queue import TimerQueue


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_fires_in_due_order():
    clock = FakeClock()
    timers = TimerQueue(clock)
    log = []
    timers.call_later(5, log.append, "b")
    timers.call_later(1, log.append, "a")
    timers.call_later(10, log.append, "c")
    clock.now = 6
    timers.run_due()
    assert log == ["a", "b"]
    assert timers.pending() == 1


def test_nothing_due_yet():
    clock = FakeClock(100)
    timers = TimerQueue(clock)
    timers.call_later(3, lambda: None)
    assert timers.run_due() == []
    assert timers.next_due() == 103


def test_cancelled_timer_does_not_fire():
    clock = FakeClock()
    timers = TimerQueue(clock)
    log = []
    first = timers.call_later(1, log.append, 1)
    timers.call_later(2, log.append, 2)
    assert timers.cancel(first)
    clock.now = 5
    timers.run_due()
    assert log == [2]


def test_negative_delay_rejected():
    with pytest.raises(ValueError):
        TimerQueue(FakeClock()).call_later(-1, print)
