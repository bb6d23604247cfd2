from event_ordering import EventQueue


def test_empty_queue_releases_nothing():
    assert EventQueue().release_until(100.0) == []


def test_in_order_events():
    q = EventQueue()
    q.push(1.0, {"type": "model_call"})
    q.push(2.0, {"type": "tool_call"})
    assert [e["type"] for e in q.release_until(5)] == ["model_call", "tool_call"]


def test_late_arriving_event_is_placed_by_timestamp():
    q = EventQueue()
    q.push(2.0, {"type": "tool_result"})
    q.push(1.5, {"type": "tool_call"})
    q.push(3.0, {"type": "model_call"})
    assert [e["type"] for e in q.release_until(2.5)] == ["tool_call", "tool_result"]
    assert len(q) == 1
