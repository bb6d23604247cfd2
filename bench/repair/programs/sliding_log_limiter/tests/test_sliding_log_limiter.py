import pytest

from sliding_log_limiter import SlidingLogLimiter


def test_allows_up_to_limit():
    lim = SlidingLogLimiter(limit=3, window=10)
    assert [lim.try_acquire(t) for t in (0, 1, 2, 3)] == [True, True, True, False]


def test_count_drops_as_calls_age():
    lim = SlidingLogLimiter(limit=5, window=10)
    for t in (0, 4, 8):
        lim.try_acquire(t)
    assert lim.count(9) == 3
    assert lim.count(12) == 2


def test_retry_after_then_acquire():
    lim = SlidingLogLimiter(limit=2, window=10)
    lim.try_acquire(0)
    lim.try_acquire(1)
    wait = lim.retry_after(5)
    assert wait == 5
    assert lim.try_acquire(5 + wait)


def test_rejects_bad_config():
    with pytest.raises(ValueError):
        SlidingLogLimiter(limit=0, window=1)
