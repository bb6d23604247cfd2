import pytest

from run_spend_caps import SpendCapExceeded, SpendTracker


def test_charges_are_priced_and_summed():
    tracker = SpendTracker()
    run = tracker.start_run("r1", cap_usd=10.0)
    tracker.charge("r1", "small", 1_000_000, 0)
    tracker.charge("r1", "large", 0, 250_000)
    assert run.spent_usd == pytest.approx(4.5)
    assert run.remaining_usd() == pytest.approx(5.5)


def test_call_over_the_cap_is_refused_and_not_recorded():
    tracker = SpendTracker()
    run = tracker.start_run("r1", cap_usd=1.0)
    tracker.charge("r1", "small", 1_000_000, 0)
    with pytest.raises(SpendCapExceeded):
        tracker.charge("r1", "large", 1_000_000, 0)
    assert len(run.charges) == 1


def test_default_cap_applies_to_new_runs():
    tracker = SpendTracker(default_cap_usd=2.0)
    run = tracker.start_run("r1")
    assert run.cap_usd == 2.0


def test_run_without_cap_can_keep_spending():
    tracker = SpendTracker()
    tracker.start_run("batch")
    for _ in range(5):
        tracker.charge("batch", "large", 1_000_000, 1_000_000)
    assert tracker.total_usd() == pytest.approx(100.0)


def test_most_expensive_call():
    tracker = SpendTracker(default_cap_usd=50.0)
    tracker.start_run("r1")
    tracker.charge("r1", "small", 10_000, 1_000)
    big = tracker.charge("r1", "large", 200_000, 20_000)
    tracker.charge("r1", "small", 5_000, 500)
    assert tracker.most_expensive("r1") is big
