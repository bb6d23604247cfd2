from auto_approval_rate_window import AutoApprovalStats


def feed(stats, user, pattern, start=0.0, spacing=10.0):
    for index, flag in enumerate(pattern):
        stats.record(user, start + index * spacing, flag)


def test_rates_independent_of_other_users():
    stats = AutoApprovalStats(window_seconds=500.0, min_samples=2)
    feed(stats, "a", [True, False, True, True])
    feed(stats, "b", [False, False, False, True, True])
    feed(stats, "c", [True, True])
    assert stats.rate("a", now=100.0) == 0.75
    assert stats.rate("b", now=100.0) == 0.4
    assert stats.rate("c", now=100.0) == 1.0
    assert stats.report(now=100.0) == {"a": 0.75, "b": 0.4, "c": 1.0}


def test_window_keeps_newest_and_drops_oldest():
    stats = AutoApprovalStats(window_seconds=100.0, min_samples=1)
    feed(stats, "u", [True, True, True, False, False, True], start=0.0, spacing=30.0)
    # events at 0, 30, 60, 90, 120, 150; window (60, 160] keeps 90, 120, 150
    assert stats.rate("u", now=160.0) == 1 / 3
    assert stats.rate("u", now=200.0) == 0.5
    assert stats.rate("u", now=400.0) is None


def test_event_exactly_at_cutoff_is_dropped():
    stats = AutoApprovalStats(window_seconds=50.0, min_samples=1)
    stats.record("u", 0.0, True)
    stats.record("u", 10.0, False)
    assert stats.rate("u", now=50.0) == 0.0


def test_over_ceiling_sorted_worst_first_then_name():
    stats = AutoApprovalStats(window_seconds=10_000.0, min_samples=3)
    feed(stats, "zed", [True] * 10)
    feed(stats, "amy", [True] * 9 + [False])
    feed(stats, "bob", [True] * 10)
    feed(stats, "cat", [True, False, True, False])
    assert stats.over_ceiling(now=200.0) == ["bob", "zed", "amy"]
    assert stats.over_ceiling(now=200.0, ceiling=0.95) == ["bob", "zed"]


def test_report_rounds_and_skips_sparse_users():
    stats = AutoApprovalStats(window_seconds=1000.0, min_samples=3)
    feed(stats, "p", [True, False, False])
    feed(stats, "q", [True, True])
    assert stats.report(now=50.0) == {"p": 0.333}
