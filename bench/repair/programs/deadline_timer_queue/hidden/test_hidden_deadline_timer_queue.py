from deadline_timer_queue import TimerQueue


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_cancel_twice_reports_false_second_time():
    timers = TimerQueue(FakeClock())
    timer_id = timers.call_later(4, lambda: None)
    assert timers.cancel(timer_id) is True
    assert timers.cancel(timer_id) is False
    assert timers.cancel(999) is False


def test_pending_and_next_due_skip_cancelled():
    clock = FakeClock(10)
    timers = TimerQueue(clock)
    early = timers.call_later(1, lambda: None)
    timers.call_later(7, lambda: None)
    timers.cancel(early)
    assert timers.pending() == 1
    assert timers.next_due() == 17


def test_cancel_after_fire_is_false():
    clock = FakeClock()
    timers = TimerQueue(clock)
    timer_id = timers.call_later(0, lambda: None)
    assert timers.run_due() == [timer_id]
    assert timers.cancel(timer_id) is False


def test_cancel_middle_of_many():
    clock = FakeClock()
    timers = TimerQueue(clock)
    fired = []
    ids = [timers.call_later(d, fired.append, d) for d in (3, 1, 2, 5, 4)]
    timers.cancel(ids[2])
    timers.cancel(ids[4])
    clock.now = 10
    assert timers.run_due() == [ids[1], ids[0], ids[3]]
    assert fired == [1, 3, 5]
    assert timers.pending() == 0
    assert timers.next_due() is None


def test_callback_scheduling_more_timers():
    clock = FakeClock()
    timers = TimerQueue(clock)
    fired = []

    def heartbeat(n):
        fired.append((clock.now, n))
        if n < 3:
            timers.call_later(0, heartbeat, n + 1)

    timers.call_later(1, heartbeat, 1)
    clock.now = 1
    timers.run_due()
    assert fired == [(1, 1), (1, 2), (1, 3)]
