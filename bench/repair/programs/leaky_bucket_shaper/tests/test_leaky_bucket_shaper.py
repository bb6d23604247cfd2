import pytest

from leaky_bucket_shaper import LeakyBucket


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_accepts_until_full():
    bucket = LeakyBucket(capacity=3, leak_rate=1, clock=FakeClock())
    assert [bucket.offer() for _ in range(4)] == [True, True, True, False]
    assert bucket.stats() == {"accepted": 3, "rejected": 1, "level": 3.0}


def test_weighted_costs():
    bucket = LeakyBucket(capacity=5, leak_rate=1, clock=FakeClock())
    assert bucket.offer(3)
    assert not bucket.offer(3)
    assert bucket.offer(2)


def test_drains_between_calls():
    clock = FakeClock()
    bucket = LeakyBucket(capacity=2, leak_rate=0.5, clock=clock)
    assert bucket.offer(2)
    clock.now = 2.0
    assert bucket.offer(1)


def test_full_bucket_accepts_again_later():
    clock = FakeClock()
    bucket = LeakyBucket(capacity=2, leak_rate=1, clock=clock)
    bucket.offer(2)
    assert not bucket.offer()
    clock.now = 1.5
    assert bucket.offer()


def test_cost_too_large():
    bucket = LeakyBucket(capacity=1, leak_rate=1, clock=FakeClock())
    with pytest.raises(ValueError):
        bucket.offer(2)
