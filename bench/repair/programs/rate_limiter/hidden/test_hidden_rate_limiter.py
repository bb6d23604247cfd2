import pytest

from rate_limiter import TokenBucket


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now


def test_capacity_caps_refill():
    clock = FakeClock()
    bucket = TokenBucket(rate=5, capacity=2, clock=clock)
    clock.now += 100
    assert [bucket.try_acquire() for _ in range(3)] == [True, True, False]


def test_fractional_rate_over_time():
    clock = FakeClock()
    bucket = TokenBucket(rate=0.25, capacity=1, clock=clock)
    assert bucket.try_acquire()
    granted = 0
    for _ in range(16):
        clock.now += 1
        granted += bucket.try_acquire()
    assert granted == 4


def test_wait_time_progresses():
    clock = FakeClock()
    bucket = TokenBucket(rate=4, capacity=4, clock=clock)
    assert bucket.try_acquire(4)
    assert bucket.wait_time(2) == pytest.approx(0.5)
    clock.now += 0.25
    assert bucket.wait_time(2) == pytest.approx(0.25)
    assert bucket.wait_time(2) == pytest.approx(0.25)


def test_steady_rate():
    clock = FakeClock()
    bucket = TokenBucket(rate=3, capacity=3, clock=clock)
    bucket.try_acquire(3)
    total = 0
    for _ in range(10):
        clock.now += 1
        while bucket.try_acquire():
            total += 1
    assert total == 30
