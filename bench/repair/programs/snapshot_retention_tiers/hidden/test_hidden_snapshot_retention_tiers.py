from datetime import datetime, timedelta

from snapshot_retention_tiers import plan_retention


def daily(start, days, hour=6):
    return [{"id": f"d{i}", "taken_at": start + timedelta(days=i, hours=hour)} for i in range(days)]


def test_weekly_count_independent_of_daily_count():
    snaps = daily(datetime(2024, 1, 1), 35)  # Mondays: Jan 1, 8, 15, 22, 29
    reasons, _ = plan_retention(snaps, keep_daily=1, keep_weekly=3)
    assert reasons == {"d34": ["daily", "weekly"], "d27": ["weekly"], "d20": ["weekly"]}


def test_more_daily_than_weekly():
    snaps = daily(datetime(2024, 1, 1), 21)
    reasons, _ = plan_retention(snaps, keep_daily=4, keep_weekly=1)
    assert reasons == {"d20": ["daily", "weekly"], "d19": ["daily"],
                       "d18": ["daily"], "d17": ["daily"]}


def test_weekly_only_with_zero_daily():
    snaps = daily(datetime(2024, 5, 6), 15)
    reasons, prune = plan_retention(snaps, keep_weekly=5)
    assert reasons == {"d14": ["weekly"], "d13": ["weekly"], "d6": ["weekly"]}
    assert len(prune) == 12


def test_iso_week_across_new_year():
    snaps = daily(datetime(2020, 12, 28), 8)  # 2020-W53 runs to Sunday Jan 3 2021
    reasons, _ = plan_retention(snaps, keep_weekly=2)
    assert reasons == {"d7": ["weekly"], "d6": ["weekly"]}


def test_pinned_snapshots_in_unsorted_input():
    snaps = daily(datetime(2024, 2, 1), 6)
    snaps[2]["pinned"] = True
    snaps[4]["pinned"] = False
    snaps.reverse()
    reasons, prune = plan_retention(snaps, keep_last=1)
    assert reasons == {"d5": ["last"], "d2": ["pinned"]}
    assert prune == ["d4", "d3", "d1", "d0"]


def test_pinned_and_tiers_together():
    snaps = daily(datetime(2024, 2, 1), 10)
    snaps[9]["pinned"] = True
    reasons, _ = plan_retention(snaps, keep_last=1, keep_weekly=1)
    assert reasons == {"d9": ["pinned", "last", "weekly"]}


def test_nothing_kept_by_default():
    snaps = daily(datetime(2024, 2, 1), 3)
    assert plan_retention(snaps) == ({}, ["d2", "d1", "d0"])
