import pytest

from notify_token_bucket import NotificationThrottle


def test_burst_after_long_idle_is_capped():
    throttle = NotificationThrottle(capacity=2, rate=2.0)
    assert throttle.try_send("cy", "a", now=0.0)
    assert throttle.try_send("cy", "b", now=0.0)
    results = [throttle.try_send("cy", f"n{i}", now=500.0) for i in range(4)]
    assert results == [True, True, False, False]
    assert [m for _, m, _ in throttle.deferred] == ["n2", "n3"]


def test_partial_refill_is_counted():
    throttle = NotificationThrottle(capacity=5, rate=1.0)
    for i in range(5):
        assert throttle.try_send("cy", i, now=10.0)
    assert throttle.available("cy", now=12.5) == 2
    assert throttle.available("cy", now=1000.0) == 5


def test_retry_after_after_idle_and_drain():
    throttle = NotificationThrottle(capacity=3, rate=0.5)
    throttle.try_send("cy", "a", now=0.0)
    for i in range(3):
        assert throttle.try_send("cy", i, now=100.0)
    assert throttle.retry_after("cy", now=100.0) == pytest.approx(2.0)
    assert not throttle.try_send("cy", "late", now=101.0)
    assert throttle.try_send("cy", "ok", now=102.0)


def test_clock_going_backwards_does_not_add_tokens():
    throttle = NotificationThrottle(capacity=1, rate=1.0)
    assert throttle.try_send("cy", "a", now=50.0)
    assert not throttle.try_send("cy", "b", now=40.0)


def test_new_user_starts_full():
    throttle = NotificationThrottle(capacity=7, rate=0.1)
    assert throttle.available("zed", now=123.0) == 7
