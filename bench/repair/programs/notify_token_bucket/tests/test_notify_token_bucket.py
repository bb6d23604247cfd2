from notify_token_bucket import NotificationThrottle


def test_burst_up_to_capacity_then_deferred():
    throttle = NotificationThrottle(capacity=3, rate=1.0)
    sent = [throttle.try_send("ana", f"m{i}", now=0.0) for i in range(4)]
    assert sent == [True, True, True, False]
    assert throttle.deferred == [("ana", "m3", 0.0)]


def test_tokens_refill_over_time():
    throttle = NotificationThrottle(capacity=2, rate=0.5)
    assert throttle.try_send("ana", "a", now=0.0)
    assert throttle.try_send("ana", "b", now=0.0)
    assert not throttle.try_send("ana", "c", now=1.0)
    assert throttle.try_send("ana", "d", now=2.0)


def test_users_have_separate_buckets():
    throttle = NotificationThrottle(capacity=1, rate=1.0)
    assert throttle.try_send("ana", "x", now=0.0)
    assert throttle.try_send("bo", "x", now=0.0)
    assert not throttle.try_send("ana", "y", now=0.0)


def test_idle_user_is_limited_to_capacity():
    throttle = NotificationThrottle(capacity=4, rate=1.0)
    throttle.try_send("ana", "first", now=0.0)
    assert throttle.available("ana", now=3600.0) == 4


def test_retry_after_when_empty():
    throttle = NotificationThrottle(capacity=1, rate=0.25)
    assert throttle.retry_after("ana", now=0.0) == 0.0
    throttle.try_send("ana", "x", now=0.0)
    assert throttle.retry_after("ana", now=0.0) == 4.0
