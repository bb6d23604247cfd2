import pytest

from token_bucket_clock import TokenBucket


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_burst_up_to_capacity():
    bucket = TokenBucket(rate=1, capacity=3, clock=FakeClock())
    assert [bucket.try_acquire() for _ in range(4)] == [True, True, True, False]


def test_refills_over_time():
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=4, clock=clock)
    assert bucket.try_acquire(4)
    clock.now = 1.0
    assert bucket.try_acquire(2)
    assert not bucket.try_acquire(1)


def test_wait_time():
    clock = FakeClock(10.0)
    bucket = TokenBucket(rate=0.5, capacity=2, clock=clock)
    assert bucket.wait_time(2) == 0.0
    bucket.try_acquire(2)
    assert bucket.wait_time(1) == pytest.approx(2.0)


def test_refund_capped_at_capacity():
    bucket = TokenBucket(rate=1, capacity=2, clock=FakeClock())
    bucket.try_acquire(1)
    bucket.refund(5)
    assert bucket.tokens == 2


def test_penalize_blocks_requests():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=1, capacity=5, clock=clock)
    clock.now = 20.0
    bucket.penalize(10)
    clock.now = 25.0
    assert not bucket.try_acquire()
