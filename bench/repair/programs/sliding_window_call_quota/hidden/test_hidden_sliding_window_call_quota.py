import pytest

from sliding_window_call_quota import SlidingWindowQuota


class Clock:
    def __init__(self, now=0):
        self.now = now

    def __call__(self):
        return self.now


def test_boundary_is_exclusive():
    clock = Clock(5)
    q = SlidingWindowQuota(1, 10, clock=clock)
    assert q.try_call("t")
    clock.now = 14
    assert not q.try_call("t")
    assert q.retry_after("t") == 1
    clock.now = 15
    assert q.retry_after("t") == 0
    assert q.try_call("t")


def test_retry_after_uses_oldest_call():
    clock = Clock(0)
    q = SlidingWindowQuota(3, 100, clock=clock)
    for t in (0, 30, 70):
        clock.now = t
        assert q.try_call("t")
    clock.now = 80
    assert q.retry_after("t") == 20
    clock.now = 100
    assert q.retry_after("t") == 0
    assert q.try_call("t")
    assert q.retry_after("t") == 30


def test_waiting_retry_after_then_call_succeeds():
    clock = Clock(3)
    q = SlidingWindowQuota(2, 7, clock=clock)
    q.try_call("x")
    clock.now = 4
    q.try_call("x")
    clock.now = 6
    wait = q.retry_after("x")
    assert wait == 4
    clock.now += wait
    assert q.try_call("x")
    assert not q.try_call("x")


def test_remaining_after_expiry():
    clock = Clock(0)
    q = SlidingWindowQuota(4, 10, clock=clock)
    for t in (0, 1, 2):
        clock.now = t
        q.try_call("x")
    clock.now = 11
    assert q.remaining("x") == 3
    assert q.remaining("y") == 4


def test_invalid_arguments():
    with pytest.raises(ValueError):
        SlidingWindowQuota(0, 10)
    with pytest.raises(ValueError):
        SlidingWindowQuota(1, 0)
