import pytest

from decision_audit_chain import GENESIS, AuditTrail


def test_first_entry_links_to_genesis():
    trail = AuditTrail()
    entry = trail.record("shell: rm -rf build", "approved", "maria", at=10.0)
    assert entry["seq"] == 0
    assert entry["prev"] == GENESIS
    assert len(entry["hash"]) == 64


def test_entries_are_chained():
    trail = AuditTrail()
    first = trail.record("write_file /etc/hosts", "denied", "maria", at=1.0)
    second = trail.record("http_get example.com", "approved", "auto", at=2.0)
    assert second["prev"] == first["hash"]


def test_intact_trail_verifies():
    trail = AuditTrail()
    trail.record("a", "approved", "auto", at=1.0)
    trail.record("b", "escalated", "auto", at=2.0)
    trail.record("c", "denied", "lee", at=3.0)
    assert trail.verify() is None


def test_edited_decision_is_detected():
    trail = AuditTrail()
    trail.record("a", "denied", "lee", at=1.0)
    trail.entries[0]["decision"] = "approved"
    assert trail.verify() == 0


def test_unknown_decision_rejected():
    with pytest.raises(ValueError):
        AuditTrail().record("a", "maybe", "lee", at=1.0)


def test_summary_counts_decisions():
    trail = AuditTrail()
    trail.record("a", "approved", "auto", at=1.0)
    trail.record("b", "approved", "lee", at=2.0)
    assert trail.summary() == {"approved": 2, "denied": 0, "escalated": 0, "expired": 0}
