from agent_event_ring import EventRing


def test_drain_kind_then_summary_is_exact():
    ring = EventRing(8)
    ring.record_many([("tool_call", "a"), ("tool_result", "a"), ("tool_call", "b"), ("message", "m")])
    assert ring.drain("tool_call") == [("tool_call", "a"), ("tool_call", "b")]
    assert ring.summary() == {"held": 2, "dropped": 0, "by_kind": {"message": 1, "tool_result": 1}}


def test_drain_kind_then_refill_counts_from_zero():
    ring = EventRing(8)
    ring.record("error", 1)
    ring.record("error", 2)
    ring.drain("error")
    ring.record("error", 3)
    assert ring.summary()["by_kind"] == {"error": 1}
    assert ring.drain("error") == [("error", 3)]
    assert ring.summary()["by_kind"] == {}


def test_trim_after_drain_kind_keeps_counts_consistent():
    ring = EventRing(3)
    ring.record_many([("a", 1), ("b", 1), ("a", 2)])
    ring.drain("a")
    ring.record_many([("c", 1), ("c", 2), ("c", 3)])
    assert ring.last(3) == [("c", 1), ("c", 2), ("c", 3)]
    assert ring.summary() == {"held": 3, "dropped": 1, "by_kind": {"c": 3}}


def test_drain_absent_kind_changes_nothing():
    ring = EventRing(4)
    ring.record("message", "x")
    assert ring.drain("error") == []
    assert ring.summary() == {"held": 1, "dropped": 0, "by_kind": {"message": 1}}


def test_counts_always_match_held_events():
    ring = EventRing(5)
    script = [("a", 0), ("b", 1), ("a", 2), ("c", 3), ("b", 4), ("a", 5), ("c", 6)]
    for i, (kind, payload) in enumerate(script):
        ring.record(kind, payload)
        if i % 3 == 2:
            ring.drain("b")
        held = {}
        for k, _ in ring.last(10):
            held[k] = held.get(k, 0) + 1
        assert ring.summary()["by_kind"] == dict(sorted(held.items()))
