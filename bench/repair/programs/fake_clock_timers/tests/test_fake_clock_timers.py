from fake_clock_timers import FakeClock


def test_timer_fires_after_its_delay():
    clock = FakeClock()
    calls = []
    clock.call_later(5, lambda: calls.append(clock.now))
    assert clock.advance(4) == 0
    assert clock.advance(2) == 1
    assert calls == [5]
    assert clock.now == 6


def test_timer_due_exactly_at_the_end_of_the_step():
    clock = FakeClock()
    calls = []
    clock.call_later(3, lambda: calls.append("fired"))
    clock.advance(3)
    assert calls == ["fired"]


def test_timers_fire_in_deadline_order():
    clock = FakeClock()
    order = []
    clock.call_later(2.5, lambda: order.append("b"))
    clock.call_later(1, lambda: order.append("a"))
    clock.advance(10)
    assert order == ["a", "b"]


def test_cancelled_timer_does_not_fire():
    clock = FakeClock()
    calls = []
    timer = clock.call_later(1, lambda: calls.append(1))
    assert clock.cancel(timer)
    clock.advance(5)
    assert calls == []
    assert clock.pending() == 0


def test_reset_postpones_idle_timeout():
    clock = FakeClock()
    expired = []
    timer = clock.call_later(10, lambda: expired.append(clock.now))
    clock.advance(6)
    clock.reset(timer, 10)
    clock.advance(6)
    assert expired == []
    clock.advance(10)
    assert expired == [16]


def test_repeating_timer():
    clock = FakeClock()
    ticks = []
    clock.call_later(1, lambda: ticks.append(clock.now), every=2)
    clock.advance(6.5)
    assert ticks == [1, 3, 5]
    assert clock.pending() == 1
