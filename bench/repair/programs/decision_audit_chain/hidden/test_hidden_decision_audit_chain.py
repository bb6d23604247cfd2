from decision_audit_chain import AuditTrail


def build(n):
    trail = AuditTrail()
    decisions = ["approved", "denied", "escalated", "expired"]
    for i in range(n):
        trail.record(f"action-{i}", decisions[i % 4], f"user{i % 3}", at=float(i))
    return trail


def test_long_trail_verifies():
    assert build(12).verify() is None
    assert build(1).verify() is None
    assert AuditTrail().verify() is None


def test_tampered_middle_entry_reports_its_index():
    trail = build(6)
    trail.entries[3]["actor"] = "mallory"
    assert trail.verify() == 3


def test_rehashed_forgery_caught_at_next_entry():
    trail = build(5)
    forged = {k: v for k, v in trail.entries[2].items() if k != "hash"}
    forged["decision"] = "approved"
    from decision_audit_chain import _digest
    trail.entries[2] = dict(forged, hash=_digest(forged))
    assert trail.verify() == 3


def test_deleted_entry_detected():
    trail = build(5)
    del trail.entries[1]
    assert trail.verify() == 1


def test_trail_keeps_verifying_as_it_grows():
    trail = AuditTrail()
    for i in range(5):
        trail.record(f"x{i}", "approved", "auto", at=float(i))
        assert trail.verify() is None
    assert [e["seq"] for e in trail.entries] == [0, 1, 2, 3, 4]


def test_by_actor_and_summary():
    trail = build(7)
    assert [e["action"] for e in trail.by_actor("user1")] == ["action-1", "action-4"]
    assert trail.summary() == {"approved": 2, "denied": 2, "escalated": 2, "expired": 1}
