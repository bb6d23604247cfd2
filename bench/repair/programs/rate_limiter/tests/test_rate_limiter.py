from rate_limiter import TokenBucket


class FakeClock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now


def test_burst_up_to_capacity():
    bucket = TokenBucket(rate=1, capacity=3, clock=FakeClock())
    assert [bucket.try_acquire() for _ in range(4)] == [True, True, True, False]


def test_wait_time_when_empty():
    bucket = TokenBucket(rate=0.5, capacity=1, clock=FakeClock())
    assert bucket.try_acquire()
    assert bucket.wait_time() == 2.0


def test_refills_at_configured_rate():
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=4, clock=clock)
    for _ in range(4):
        bucket.try_acquire()
    clock.now += 1.0
    assert [bucket.try_acquire() for _ in range(3)] == [True, True, False]


def test_no_extra_tokens_from_repeated_checks():
    clock = FakeClock()
    bucket = TokenBucket(rate=1, capacity=10, clock=clock)
    for _ in range(10):
        bucket.try_acquire()
    clock.now += 1.0
    assert [bucket.try_acquire() for _ in range(3)] == [True, False, False]
