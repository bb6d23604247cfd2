import pytest

from token_bucket_clock import TokenBucket


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_penalty_then_refill_resumes():
    clock = FakeClock(100.0)
    bucket = TokenBucket(rate=2, capacity=10, clock=clock)
    clock.now = 130.0
    bucket.penalize(5)
    clock.now = 135.0
    assert not bucket.try_acquire()
    clock.now = 136.0
    assert bucket.try_acquire(2)
    assert not bucket.try_acquire(1)


def test_wait_time_includes_penalty():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=1, capacity=3, clock=clock)
    clock.now = 50.0
    bucket.penalize(4)
    assert bucket.wait_time(1) == pytest.approx(5.0)
    clock.now = 52.0
    assert bucket.wait_time(2) == pytest.approx(4.0)


def test_penalty_right_after_creation():
    clock = FakeClock(7.0)
    bucket = TokenBucket(rate=10, capacity=10, clock=clock)
    bucket.penalize(1)
    clock.now = 7.5
    assert not bucket.try_acquire()
    clock.now = 8.5
    assert bucket.try_acquire(1)


def test_refund_during_penalty_is_kept():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=1, capacity=4, clock=clock)
    clock.now = 10.0
    bucket.penalize(3)
    bucket.refund(1)
    clock.now = 11.0
    assert bucket.try_acquire(1)
    assert not bucket.try_acquire(1)


def test_invalid_arguments():
    with pytest.raises(ValueError):
        TokenBucket(rate=0, capacity=1, clock=FakeClock())
    bucket = TokenBucket(rate=1, capacity=2, clock=FakeClock())
    with pytest.raises(ValueError):
        bucket.try_acquire(3)


def test_clock_going_backwards_does_not_add_tokens():
    clock = FakeClock(5.0)
    bucket = TokenBucket(rate=1, capacity=2, clock=clock)
    bucket.try_acquire(2)
    clock.now = 3.0
    assert not bucket.try_acquire(1)
