import pytest

from run_spend_caps import SpendCapExceeded, SpendTracker


def test_uncapped_run_reports_no_remaining_budget():
    tracker = SpendTracker()
    run = tracker.start_run("free")
    assert run.remaining_usd() is None
    tracker.charge("free", "small", 2_000_000, 0)
    assert run.remaining_usd() is None
    assert run.spent_usd == pytest.approx(1.0)


def test_explicit_cap_beside_uncapped_default():
    tracker = SpendTracker()
    capped = tracker.start_run("capped", cap_usd=0.5)
    free = tracker.start_run("free")
    tracker.charge("free", "large", 1_000_000, 0)
    with pytest.raises(SpendCapExceeded):
        tracker.charge("capped", "large", 1_000_000, 0)
    assert capped.charges == []
    assert free.remaining_usd() is None
    assert tracker.total_usd() == pytest.approx(4.0)


def test_per_run_cap_overrides_default():
    tracker = SpendTracker(default_cap_usd=1.0)
    run = tracker.start_run("big", cap_usd=8.0)
    tracker.charge("big", "large", 1_500_000, 0)
    assert run.remaining_usd() == pytest.approx(2.0)


def test_spending_up_to_the_cap_exactly_is_allowed():
    tracker = SpendTracker()
    run = tracker.start_run("r", cap_usd=2.0)
    tracker.charge("r", "small", 0, 500_000)
    tracker.charge("r", "small", 0, 500_000)
    assert run.remaining_usd() == pytest.approx(0.0)
    with pytest.raises(SpendCapExceeded):
        tracker.charge("r", "small", 0, 1_000)


def test_many_uncapped_runs_total():
    tracker = SpendTracker()
    for index in range(4):
        tracker.start_run(f"r{index}")
        tracker.charge(f"r{index}", "small", 1_000_000, 1_000_000)
    assert tracker.total_usd() == pytest.approx(10.0)
    assert tracker.most_expensive("r2").usd == pytest.approx(2.5)


def test_most_expensive_of_fresh_run_is_none():
    tracker = SpendTracker()
    tracker.start_run("empty")
    assert tracker.most_expensive("empty") is None
