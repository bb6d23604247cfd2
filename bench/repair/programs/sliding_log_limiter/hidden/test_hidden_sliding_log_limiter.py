from sliding_log_limiter import SlidingLogLimiter


def test_call_exactly_one_window_old_no_longer_counts():
    lim = SlidingLogLimiter(limit=1, window=2.5)
    assert lim.try_acquire(1.0)
    assert not lim.try_acquire(3.4)
    assert lim.count(3.5) == 0
    assert lim.try_acquire(3.5)


def test_retry_after_zero_when_free():
    lim = SlidingLogLimiter(limit=2, window=60)
    assert lim.retry_after(0) == 0.0
    lim.try_acquire(0)
    assert lim.retry_after(1) == 0.0


def test_retry_after_is_exact_boundary():
    lim = SlidingLogLimiter(limit=3, window=30)
    for t in (0, 10, 20):
        assert lim.try_acquire(t)
    assert lim.retry_after(25) == 5
    assert not lim.try_acquire(29)
    assert lim.try_acquire(30)
    assert lim.retry_after(30) == 10
    assert lim.try_acquire(40)
    assert lim.count(40) == 3


def test_burst_at_same_instant_expires_together():
    lim = SlidingLogLimiter(limit=4, window=1)
    assert all(lim.try_acquire(100) for _ in range(4))
    assert not lim.try_acquire(100.5)
    assert lim.count(101) == 0
    assert all(lim.try_acquire(101) for _ in range(4))


def test_rejected_calls_are_not_logged():
    lim = SlidingLogLimiter(limit=1, window=10)
    lim.try_acquire(0)
    for t in range(1, 10):
        assert not lim.try_acquire(t)
    assert lim.try_acquire(10)


def test_out_of_order_timestamps_kept_sorted():
    lim = SlidingLogLimiter(limit=3, window=10)
    lim.try_acquire(5)
    lim.try_acquire(3)
    assert lim.count(13) == 1
    assert lim.count(15) == 0
