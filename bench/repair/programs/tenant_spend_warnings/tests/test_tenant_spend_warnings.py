import pytest

from tenant_spend_warnings import SpendCapExceeded, TenantSpendTracker


def make_tracker():
    messages = []
    tracker = TenantSpendTracker(
        {"acme": 100.0, "globex": 50.0},
        notify=lambda tenant, message: messages.append(tenant),
    )
    return tracker, messages


def test_charge_returns_remaining():
    tracker, _ = make_tracker()
    assert tracker.charge("acme", 30.0) == 70.0
    assert tracker.charge("acme", 20.0) == 50.0


def test_warns_once_when_crossing_threshold():
    tracker, messages = make_tracker()
    tracker.charge("acme", 79.0)
    assert messages == []
    tracker.charge("acme", 1.0)
    tracker.charge("acme", 5.0)
    assert messages == ["acme"]


def test_hard_cap_refuses_charge():
    tracker, _ = make_tracker()
    tracker.charge("globex", 45.0)
    with pytest.raises(SpendCapExceeded):
        tracker.charge("globex", 10.0)
    assert tracker.remaining("globex") == 5.0


def test_new_period_for_one_tenant():
    tracker, messages = make_tracker()
    tracker.charge("acme", 90.0)
    tracker.start_period("acme")
    assert tracker.remaining("acme") == 100.0
    tracker.charge("acme", 85.0)
    assert messages == ["acme", "acme"]
