import pytest

from key_window_limiter import SlidingWindowLimiter


def test_allows_up_to_limit():
    limiter = SlidingWindowLimiter(limit=3, window=60)
    assert [limiter.try_acquire("k1", now=t) for t in (0, 1, 2, 3)] == [
        True, True, True, False,
    ]


def test_keys_are_independent():
    limiter = SlidingWindowLimiter(limit=1, window=10)
    assert limiter.try_acquire("alice", now=0)
    assert limiter.try_acquire("bob", now=0)
    assert not limiter.try_acquire("alice", now=5)


def test_remaining_counts_down():
    limiter = SlidingWindowLimiter(limit=5, window=30)
    limiter.try_acquire("k", now=0)
    limiter.try_acquire("k", now=1)
    assert limiter.remaining("k", now=2) == 3


def test_can_retry_after_reported_delay():
    limiter = SlidingWindowLimiter(limit=2, window=10)
    limiter.try_acquire("k", now=100)
    limiter.try_acquire("k", now=104)
    wait = limiter.retry_after("k", now=105)
    assert wait == 5
    assert limiter.try_acquire("k", now=105 + wait)


def test_invalid_configuration():
    with pytest.raises(ValueError):
        SlidingWindowLimiter(limit=0, window=10)
