import pytest

from breaker_half_open_probe import BreakerOpen, CircuitBreaker


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def boom():
    raise ConnectionError("tool down")


def ok():
    return "ok"


def trip(cb, n):
    for _ in range(n):
        with pytest.raises(ConnectionError):
            cb.call(boom)


def test_closed_breaker_passes_calls():
    cb = CircuitBreaker(clock=FakeClock())
    assert cb.call(ok) == "ok"
    assert cb.state == "closed"


def test_opens_after_threshold_and_refuses():
    cb = CircuitBreaker(failure_threshold=2, clock=FakeClock())
    trip(cb, 2)
    assert cb.state == "open"
    with pytest.raises(BreakerOpen):
        cb.call(ok)


def test_success_resets_failure_count():
    cb = CircuitBreaker(failure_threshold=2, clock=FakeClock())
    trip(cb, 1)
    cb.call(ok)
    trip(cb, 1)
    assert cb.state == "closed"


def test_half_open_success_closes():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=1, reset_timeout=10, clock=clock)
    trip(cb, 1)
    clock.now += 10
    assert cb.state == "half_open"
    assert cb.call(ok) == "ok"
    assert cb.state == "closed"


def test_recovers_after_flapping_tool():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=1, reset_timeout=5, clock=clock)
    trip(cb, 1)
    clock.now += 5
    trip(cb, 1)  # probe fails, tool still down
    assert cb.state == "open"
    clock.now += 5
    assert cb.call(ok) == "ok"
    assert cb.state == "closed"
