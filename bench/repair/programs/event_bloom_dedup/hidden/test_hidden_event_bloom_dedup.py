from event_bloom_dedup import EventDeduper, fingerprint


def test_nested_key_order_does_not_matter():
    a = {"type": "tool_call", "payload": {"name": "edit", "args": {"path": "a.py", "line": 3}}}
    b = {"payload": {"args": {"line": 3, "path": "a.py"}, "name": "edit"}, "type": "tool_call"}
    assert fingerprint(a) == fingerprint(b)
    dedup = EventDeduper()
    assert dedup.filter([a, b, a]) == [a]
    assert dedup.dropped == 2


def test_type_is_part_of_identity():
    a = {"type": "start", "payload": {"id": 1}}
    b = {"type": "stop", "payload": {"id": 1}}
    assert fingerprint(a) != fingerprint(b)
    assert EventDeduper().filter([a, b]) == [a, b]


def test_missing_payload_same_as_empty():
    assert fingerprint({"type": "ping"}) == fingerprint({"type": "ping", "payload": {}})


def test_window_eviction_lets_old_event_through():
    dedup = EventDeduper(window=2)
    e1, e2, e3 = ({"type": "t", "payload": {"n": i, "z": 0}} for i in range(3))
    assert dedup.filter([e1, e2, e3]) == [e1, e2, e3]
    assert dedup.is_duplicate({"type": "t", "payload": {"z": 0, "n": 2}}) is True
    assert dedup.is_duplicate({"type": "t", "payload": {"z": 0, "n": 0}}) is False


def test_many_distinct_events_kept_with_tiny_filter():
    dedup = EventDeduper(num_bits=16, num_hashes=2, window=500)
    events = [{"type": "token", "payload": {"i": i, "text": str(i)}} for i in range(300)]
    reordered = [{"type": "token", "payload": {"text": str(i), "i": i}} for i in range(300)]
    assert dedup.filter(events) == events
    assert dedup.filter(reordered) == []
    assert dedup.dropped == 300
