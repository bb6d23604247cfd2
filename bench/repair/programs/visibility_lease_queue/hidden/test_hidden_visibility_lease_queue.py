from visibility_lease_queue import VisibilityQueue


class FakeClock:
    def __init__(self, t=0.0):
        self.t = t

    def __call__(self):
        return self.t

    def advance(self, dt):
        self.t += dt


def test_fresh_messages_visible_at_once_in_send_order():
    q = VisibilityQueue(FakeClock(50.0))
    for body in "abc":
        q.send(body)
    assert [m["body"] for m in q.receive(max_messages=2)] == ["a", "b"]
    assert [m["body"] for m in q.receive(max_messages=5)] == ["c"]
    assert q.receive(max_messages=5) == []


def test_redelivery_exactly_at_timeout():
    clock = FakeClock()
    q = VisibilityQueue(clock, visibility_timeout=20)
    q.send("x")
    q.receive()
    clock.advance(19.5)
    assert q.receive() == []
    clock.advance(0.5)
    got = q.receive()
    assert [m["body"] for m in got] == ["x"]
    assert got[0]["receive_count"] == 2


def test_delay_boundary():
    clock = FakeClock()
    q = VisibilityQueue(clock)
    q.send("d", delay=5)
    clock.advance(4.999)
    assert q.receive() == []
    clock.advance(0.001)
    assert len(q.receive()) == 1


def test_old_receipt_invalid_after_redelivery():
    clock = FakeClock()
    q = VisibilityQueue(clock, visibility_timeout=10)
    q.send("x")
    old = q.receive()[0]["receipt"]
    clock.advance(10)
    new = q.receive()[0]["receipt"]
    assert q.delete(old) is False
    assert q.change_visibility(old, 0) is False
    assert q.delete(new) is True
    assert q.counts() == {"visible": 0, "in_flight": 0}


def test_change_visibility_zero_releases_message():
    q = VisibilityQueue(FakeClock())
    q.send("x")
    receipt = q.receive()[0]["receipt"]
    assert q.change_visibility(receipt, 0) is True
    got = q.receive()
    assert [m["body"] for m in got] == ["x"]
    assert got[0]["receive_count"] == 2


def test_per_call_visibility_timeout_and_counts():
    clock = FakeClock(10.0)
    q = VisibilityQueue(clock, visibility_timeout=100)
    q.send("a")
    q.send("b")
    q.send("c", delay=3)
    assert q.counts() == {"visible": 2, "in_flight": 1}
    q.receive(max_messages=1, visibility_timeout=2)
    assert q.counts() == {"visible": 1, "in_flight": 2}
    clock.advance(2)
    assert q.counts() == {"visible": 2, "in_flight": 1}
    clock.advance(1)
    assert [m["body"] for m in q.receive(max_messages=3)] == ["a", "b", "c"]
