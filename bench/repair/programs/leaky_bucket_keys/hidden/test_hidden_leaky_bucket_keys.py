import random

from leaky_bucket_keys import LeakyBucketLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_polling_does_not_free_capacity():
    clock = FakeClock()
    limiter = LeakyBucketLimiter(capacity=2, drain_per_second=1, clock=clock)
    assert limiter.try_acquire("k") and limiter.try_acquire("k")
    clock.now = 0.5
    assert limiter.retry_after("k") == 0.5
    assert not limiter.try_acquire("k")
    clock.now = 1.0
    assert limiter.try_acquire("k")
    assert not limiter.try_acquire("k")


def test_remaining_twice_in_a_row_is_stable():
    clock = FakeClock()
    limiter = LeakyBucketLimiter(capacity=8, drain_per_second=4, clock=clock)
    assert limiter.try_acquire("k", cost=8)
    clock.now = 0.5
    assert limiter.remaining("k") == 2.0
    clock.now = 0.75
    assert limiter.remaining("k") == 3.0
    assert limiter.remaining("k") == 3.0
    assert limiter.try_acquire("k", cost=3)
    assert not limiter.try_acquire("k", cost=0.25)


def test_reset_empties_a_bucket():
    limiter = LeakyBucketLimiter(capacity=1, drain_per_second=1, clock=FakeClock())
    assert limiter.try_acquire("k")
    limiter.reset("k")
    assert limiter.remaining("k") == 1.0
    assert limiter.try_acquire("k")


def test_random_traffic_unaffected_by_status_queries():
    rng = random.Random(17)
    for _ in range(60):
        capacity = rng.choice([2, 4, 8])
        rate = rng.choice([1, 2, 4])
        quiet_clock, polled_clock = FakeClock(), FakeClock()
        quiet = LeakyBucketLimiter(capacity, rate, clock=quiet_clock)
        polled = LeakyBucketLimiter(capacity, rate, clock=polled_clock)
        for _ in range(40):
            step = rng.choice([0.0, 0.0, 0.25, 0.5])
            quiet_clock.now += step
            polled_clock.now += step
            key = rng.choice(["a", "b"])
            if rng.random() < 0.5:
                polled.remaining(key)
            if rng.random() < 0.3:
                polled.retry_after(rng.choice(["a", "b"]))
            cost = rng.choice([0.5, 1, 2])
            assert polled.try_acquire(key, cost) == quiet.try_acquire(key, cost)
            assert polled.remaining(key) == quiet.remaining(key)


def test_retry_after_is_exact_wait():
    rng = random.Random(3)
    for _ in range(50):
        clock = FakeClock()
        limiter = LeakyBucketLimiter(4, 2, clock=clock)
        for _ in range(rng.randint(0, 6)):
            limiter.try_acquire("k", rng.choice([0.5, 1, 2]))
            clock.now += rng.choice([0.0, 0.25])
        cost = rng.choice([0.5, 1, 2, 4])
        wait = limiter.retry_after("k", cost)
        if wait > 0:
            clock.now += wait - 0.25
            assert not limiter.try_acquire("k", cost)
            clock.now += 0.25
        assert limiter.try_acquire("k", cost)
