from event_bloom_dedup import EventDeduper, fingerprint


def _event(kind, payload, **meta):
    event = {"type": kind, "payload": payload}
    event.update(meta)
    return event


def test_repeated_event_is_dropped():
    dedup = EventDeduper()
    e = _event("tool_call", {"name": "grep", "args": ["-n", "TODO"]})
    assert dedup.is_duplicate(e) is False
    assert dedup.is_duplicate(dict(e)) is True
    assert dedup.dropped == 1


def test_different_payloads_are_kept():
    dedup = EventDeduper()
    events = [_event("token", {"text": t}) for t in ("a", "b", "c")]
    assert dedup.filter(events) == events


def test_redelivery_metadata_ignored():
    a = _event("message", {"role": "user", "text": "hi"}, delivery_id=1, ts=100.0)
    b = _event("message", {"role": "user", "text": "hi"}, delivery_id=2, ts=100.5)
    assert fingerprint(a) == fingerprint(b)


def test_payload_key_order_does_not_matter():
    a = _event("tool_result", {"tool": "ls", "exit_code": 0, "output": "x"})
    b = _event("tool_result", {"output": "x", "exit_code": 0, "tool": "ls"})
    dedup = EventDeduper()
    assert dedup.filter([a, b]) == [a]
