import pytest

from leaky_bucket_shaper import LeakyBucket


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_rejected_call_still_sees_drain():
    clock = FakeClock(100.0)
    bucket = LeakyBucket(capacity=4, leak_rate=2, clock=clock)
    assert bucket.offer(4)
    clock.now = 101.0
    assert bucket.offer(2)
    assert not bucket.offer(1)
    clock.now = 101.5
    assert bucket.offer(1)
    assert bucket.stats() == {"accepted": 3, "rejected": 1, "level": 4.0}


def test_level_is_drained_before_checking():
    clock = FakeClock()
    bucket = LeakyBucket(capacity=10, leak_rate=1, clock=clock)
    assert bucket.offer(9)
    clock.now = 4.0
    assert bucket.offer(4)
    assert bucket.level == pytest.approx(9.0)


def test_retry_after_matches_offer():
    clock = FakeClock()
    bucket = LeakyBucket(capacity=3, leak_rate=0.5, clock=clock)
    bucket.offer(3)
    assert bucket.retry_after(1) == pytest.approx(2.0)
    clock.now = 1.0
    assert not bucket.offer(1)
    assert bucket.retry_after(1) == pytest.approx(1.0)
    clock.now = 2.0
    assert bucket.retry_after(1) == 0.0
    assert bucket.offer(1)


def test_long_idle_empties_bucket():
    clock = FakeClock()
    bucket = LeakyBucket(capacity=5, leak_rate=1, clock=clock)
    bucket.offer(5)
    assert not bucket.offer(5)
    clock.now = 60.0
    assert bucket.offer(5)
    assert bucket.level == 5.0


def test_many_rejections_then_recovery():
    clock = FakeClock()
    bucket = LeakyBucket(capacity=1, leak_rate=1, clock=clock)
    bucket.offer()
    for step in range(1, 5):
        clock.now = step * 0.2
        assert not bucket.offer()
    clock.now = 1.0
    assert bucket.offer()
    assert bucket.stats()["rejected"] == 4
