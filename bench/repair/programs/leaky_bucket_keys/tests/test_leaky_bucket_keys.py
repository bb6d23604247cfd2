import pytest

from leaky_bucket_keys import LeakyBucketLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_accepts_up_to_capacity():
    limiter = LeakyBucketLimiter(capacity=3, drain_per_second=1, clock=FakeClock())
    assert [limiter.try_acquire("key-a") for _ in range(4)] == [True, True, True, False]


def test_keys_are_independent():
    limiter = LeakyBucketLimiter(capacity=1, drain_per_second=1, clock=FakeClock())
    assert limiter.try_acquire("key-a")
    assert not limiter.try_acquire("key-a")
    assert limiter.try_acquire("key-b")


def test_bucket_drains_over_time():
    clock = FakeClock()
    limiter = LeakyBucketLimiter(capacity=2, drain_per_second=1, clock=clock)
    assert limiter.try_acquire("k") and limiter.try_acquire("k")
    clock.now = 1.0
    assert limiter.try_acquire("k")
    assert not limiter.try_acquire("k")


def test_remaining_follows_requests_and_draining():
    clock = FakeClock()
    limiter = LeakyBucketLimiter(capacity=4, drain_per_second=2, clock=clock)
    for _ in range(4):
        limiter.try_acquire("k")
    assert limiter.remaining("k") == 0.0
    clock.now = 0.5
    assert limiter.remaining("k") == 1.0
    assert limiter.try_acquire("k")
    assert limiter.remaining("k") == 0.0


def test_retry_after():
    clock = FakeClock()
    limiter = LeakyBucketLimiter(capacity=3, drain_per_second=1, clock=clock)
    for _ in range(3):
        limiter.try_acquire("k")
    assert limiter.retry_after("k") == 1.0
    clock.now = 0.25
    assert limiter.retry_after("k") == 0.75
    assert limiter.retry_after("other") == 0.0


def test_cost_above_capacity_can_never_be_served():
    limiter = LeakyBucketLimiter(capacity=3, drain_per_second=1, clock=FakeClock())
    with pytest.raises(ValueError):
        limiter.retry_after("k", cost=5)
