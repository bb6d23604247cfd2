from visibility_lease_queue import VisibilityQueue


class FakeClock:
    def __init__(self, t=1000.0):
        self.t = t

    def __call__(self):
        return self.t

    def advance(self, dt):
        self.t += dt


def test_send_then_receive():
    q = VisibilityQueue(FakeClock())
    q.send({"job": "resize", "id": 7})
    got = q.receive()
    assert len(got) == 1
    assert got[0]["body"] == {"job": "resize", "id": 7}
    assert got[0]["receive_count"] == 1


def test_received_message_is_hidden_from_other_consumers():
    q = VisibilityQueue(FakeClock())
    q.send("a")
    assert len(q.receive()) == 1
    assert q.receive() == []


def test_message_redelivered_after_visibility_timeout():
    clock = FakeClock()
    q = VisibilityQueue(clock, visibility_timeout=30)
    q.send("a")
    first = q.receive()[0]
    clock.advance(45)
    second = q.receive()[0]
    assert second["id"] == first["id"]
    assert second["receive_count"] == 2
    assert second["receipt"] != first["receipt"]


def test_delete_removes_message():
    clock = FakeClock()
    q = VisibilityQueue(clock)
    q.send("a")
    receipt = q.receive()[0]["receipt"]
    assert q.delete(receipt) is True
    clock.advance(100)
    assert q.receive() == []


def test_unknown_receipt_is_rejected():
    q = VisibilityQueue(FakeClock())
    assert q.delete("rcpt-404") is False
    assert q.change_visibility("rcpt-404", 10) is False


def test_delayed_message_not_visible_yet():
    clock = FakeClock()
    q = VisibilityQueue(clock)
    q.send("later", delay=10)
    assert q.receive() == []
    clock.advance(15)
    assert [m["body"] for m in q.receive()] == ["later"]
