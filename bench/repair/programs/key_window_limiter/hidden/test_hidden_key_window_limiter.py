from key_window_limiter import SlidingWindowLimiter


class FakeClock:
    def __init__(self, t=0.0):
        self.t = t

    def __call__(self):
        return self.t


def test_request_expires_exactly_one_window_later():
    limiter = SlidingWindowLimiter(limit=1, window=30)
    assert limiter.try_acquire("k", now=0)
    assert not limiter.try_acquire("k", now=29.999)
    assert limiter.try_acquire("k", now=30)


def test_remaining_at_window_boundary():
    limiter = SlidingWindowLimiter(limit=3, window=5)
    for t in (0, 1, 2):
        limiter.try_acquire("k", now=t)
    assert limiter.remaining("k", now=4.5) == 0
    assert limiter.remaining("k", now=5) == 1
    assert limiter.remaining("k", now=7) == 3


def test_retry_after_zero_at_boundary():
    limiter = SlidingWindowLimiter(limit=2, window=8)
    limiter.try_acquire("k", now=1)
    limiter.try_acquire("k", now=3)
    assert limiter.retry_after("k", now=2.5 + 4) == 2.5
    assert limiter.retry_after("k", now=9) == 0.0
    assert limiter.retry_after("k", now=10) == 0.0


def test_rejected_requests_do_not_count():
    limiter = SlidingWindowLimiter(limit=2, window=10)
    assert limiter.try_acquire("k", now=0)
    assert limiter.try_acquire("k", now=1)
    assert not limiter.try_acquire("k", now=2)
    assert not limiter.try_acquire("k", now=9)
    assert limiter.try_acquire("k", now=10)
    assert not limiter.try_acquire("k", now=10.5)
    assert limiter.try_acquire("k", now=11)


def test_uses_clock_when_no_time_given():
    clock = FakeClock(50.0)
    limiter = SlidingWindowLimiter(limit=1, window=20, clock=clock)
    assert limiter.try_acquire("k")
    clock.t = 69.0
    assert not limiter.try_acquire("k")
    assert limiter.retry_after("k") == 1.0
    clock.t = 70.0
    assert limiter.try_acquire("k")
    assert limiter.remaining("other") == 1
