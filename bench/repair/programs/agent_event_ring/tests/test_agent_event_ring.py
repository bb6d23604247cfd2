from agent_event_ring import EventRing


def test_record_and_last():
    ring = EventRing(10)
    ring.record("tool_call", "grep")
    ring.record("message", "hi")
    ring.record("tool_call", "read_file")
    assert ring.last() == [("tool_call", "read_file")]
    assert ring.last(2, kind="tool_call") == [("tool_call", "grep"), ("tool_call", "read_file")]


def test_oldest_events_are_dropped():
    ring = EventRing(3)
    ring.record_many([("message", i) for i in range(5)])
    assert len(ring) == 3
    assert ring.last(3) == [("message", 2), ("message", 3), ("message", 4)]
    assert ring.summary() == {"held": 3, "dropped": 2, "by_kind": {"message": 3}}


def test_drain_everything():
    ring = EventRing(5)
    ring.record("error", "timeout")
    ring.record("message", "retrying")
    assert ring.drain() == [("error", "timeout"), ("message", "retrying")]
    assert ring.summary() == {"held": 0, "dropped": 0, "by_kind": {}}


def test_drain_one_kind():
    ring = EventRing(5)
    ring.record("error", "timeout")
    ring.record("message", "retrying")
    ring.record("error", "rate limited")
    assert ring.drain("error") == [("error", "timeout"), ("error", "rate limited")]
    assert ring.last(5) == [("message", "retrying")]
    assert ring.summary()["by_kind"] == {"message": 1}
