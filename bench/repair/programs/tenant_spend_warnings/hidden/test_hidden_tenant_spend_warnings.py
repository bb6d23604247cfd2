import pytest

from tenant_spend_warnings import SpendCapExceeded, TenantSpendTracker


def make_tracker():
    messages = []
    tracker = TenantSpendTracker(
        {"a": 10.0, "b": 20.0, "c": 40.0},
        warn_ratio=0.5,
        notify=lambda tenant, message: messages.append(tenant),
    )
    return tracker, messages


def test_single_tenant_reset_rearms_only_that_tenant():
    tracker, messages = make_tracker()
    tracker.charge("a", 6.0)
    tracker.charge("b", 12.0)
    assert messages == ["a", "b"]
    tracker.start_period("a")
    tracker.charge("a", 5.0)
    tracker.charge("b", 1.0)
    assert messages == ["a", "b", "a"]
    assert tracker.remaining("b") == 7.0


def test_single_tenant_reset_keeps_other_spend():
    tracker, _ = make_tracker()
    tracker.charge("a", 3.0)
    tracker.charge("c", 9.0)
    tracker.start_period("c")
    assert tracker.remaining("a") == 7.0
    assert tracker.remaining("c") == 40.0


def test_reset_of_unwarned_tenant_is_harmless():
    tracker, messages = make_tracker()
    tracker.start_period("b")
    tracker.charge("b", 10.0)
    tracker.start_period("b")
    tracker.charge("b", 11.0)
    assert messages == ["b", "b"]


def test_full_reset_rearms_everyone():
    tracker, messages = make_tracker()
    tracker.charge("a", 9.0)
    tracker.charge("c", 30.0)
    tracker.start_period()
    tracker.charge("a", 5.0)
    tracker.charge("c", 20.0)
    assert messages == ["a", "c", "a", "c"]


def test_raising_cap_rearms_warning():
    tracker, messages = make_tracker()
    tracker.charge("a", 8.0)
    tracker.set_cap("a", 100.0)
    tracker.charge("a", 30.0)
    assert messages == ["a"]
    tracker.charge("a", 20.0)
    assert messages == ["a", "a"]


def test_refused_charge_does_not_warn_or_record():
    tracker, messages = make_tracker()
    with pytest.raises(SpendCapExceeded):
        tracker.charge("a", 10.5)
    assert messages == []
    assert tracker.remaining("a") == 10.0
    with pytest.raises(KeyError):
        tracker.charge("zzz", 1.0)
