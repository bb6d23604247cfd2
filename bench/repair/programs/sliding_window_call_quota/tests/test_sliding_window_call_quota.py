from sliding_window_call_quota import SlidingWindowQuota


class Clock:
    def __init__(self):
        self.now = 1000

    def __call__(self):
        return self.now


def test_allows_up_to_max_calls():
    clock = Clock()
    q = SlidingWindowQuota(3, 60, clock=clock)
    assert [q.try_call("a") for _ in range(4)] == [True, True, True, False]
    assert q.remaining("a") == 0


def test_tenants_counted_separately():
    clock = Clock()
    q = SlidingWindowQuota(1, 60, clock=clock)
    assert q.try_call("a")
    assert q.try_call("b")
    assert not q.try_call("a")


def test_call_expires_after_window():
    clock = Clock()
    q = SlidingWindowQuota(2, 60, clock=clock)
    q.try_call("a")
    clock.now += 10
    q.try_call("a")
    clock.now += 50
    assert q.remaining("a") == 1
    assert q.try_call("a")


def test_retry_after_points_at_next_free_slot():
    clock = Clock()
    q = SlidingWindowQuota(2, 60, clock=clock)
    assert q.retry_after("a") == 0
    q.try_call("a")
    clock.now += 20
    q.try_call("a")
    clock.now += 5
    assert q.retry_after("a") == 35
