import pytest

from breaker_half_open_probe import BreakerOpen, CircuitBreaker


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def boom():
    raise TimeoutError("slow")


def ok():
    return 42


def fail(cb):
    with pytest.raises(TimeoutError):
        cb.call(boom)


def test_stays_open_before_timeout():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=1, reset_timeout=30, clock=clock)
    fail(cb)
    clock.now = 29.9
    assert cb.state == "open"
    assert not cb.allow()


def test_single_probe_in_half_open():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=1, reset_timeout=30, clock=clock)
    fail(cb)
    clock.now = 30
    assert cb.allow()
    assert not cb.allow()


def test_many_failed_probes_keep_probing():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=2, reset_timeout=10, probe_limit=2, clock=clock)
    fail(cb)
    fail(cb)
    for _ in range(4):
        clock.now += 10
        assert cb.state == "half_open"
        assert cb.allow()
        assert cb.allow()
        assert not cb.allow()
        cb.record_failure()
        assert cb.state == "open"
        assert not cb.allow()
    clock.now += 10
    assert cb.call(ok) == 42
    assert cb.state == "closed"


def test_reopen_restarts_timeout():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=1, reset_timeout=10, clock=clock)
    fail(cb)
    clock.now = 15
    fail(cb)
    clock.now = 24
    with pytest.raises(BreakerOpen):
        cb.call(ok)
    clock.now = 25
    assert cb.call(ok) == 42


def test_closed_again_needs_full_threshold():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=3, reset_timeout=1, clock=clock)
    for _ in range(3):
        fail(cb)
    clock.now = 1
    cb.call(ok)
    fail(cb)
    fail(cb)
    assert cb.state == "closed"
    fail(cb)
    assert cb.state == "open"


def test_probe_limit_after_reopen_cycles():
    clock = FakeClock()
    cb = CircuitBreaker(failure_threshold=1, reset_timeout=5, probe_limit=1, clock=clock)
    fail(cb)
    clock.now = 5
    fail(cb)
    clock.now = 10
    fail(cb)
    clock.now = 15
    assert cb.allow()
    assert not cb.allow()
    cb.record_success()
    assert cb.state == "closed"
    assert cb.allow() and cb.allow()
