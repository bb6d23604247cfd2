from auto_approval_rate_window import AutoApprovalStats


def feed(stats, user, pattern, start=0.0, spacing=60.0):
    for index, flag in enumerate(pattern):
        stats.record(user, start + index * spacing, flag)


def test_rate_is_fraction_of_auto_approvals():
    stats = AutoApprovalStats()
    feed(stats, "ana", [True, True, True, False, True, False])
    assert stats.rate("ana", now=600.0) == 4 / 6


def test_too_few_samples_gives_no_rate():
    stats = AutoApprovalStats(min_samples=5)
    feed(stats, "bo", [True, True, True])
    assert stats.rate("bo", now=300.0) is None
    assert stats.report(now=300.0) == {}


def test_old_decisions_leave_the_window():
    stats = AutoApprovalStats(window_seconds=1000.0, min_samples=3)
    feed(stats, "cy", [True] * 4, start=0.0)
    feed(stats, "cy", [False, False, True, False], start=2000.0)
    assert stats.rate("cy", now=2500.0) == 0.25


def test_over_ceiling_flags_lax_users():
    stats = AutoApprovalStats(min_samples=4)
    feed(stats, "dee", [True] * 5)
    feed(stats, "eli", [True, False, False, True])
    assert stats.over_ceiling(now=400.0) == ["dee"]
