from datetime import datetime, timedelta

import pytest

from snapshot_retention_tiers import describe, plan_retention

MONDAY = datetime(2024, 3, 4, 9, 0)


def twice_daily(days):
    """Snapshots every 12 hours from MONDAY, ids s0, s1, ... oldest first."""
    return [{"id": f"s{i}", "taken_at": MONDAY + timedelta(hours=12 * i)} for i in range(2 * days)]


def test_keep_last():
    reasons, prune = plan_retention(twice_daily(3), keep_last=2)
    assert reasons == {"s5": ["last"], "s4": ["last"]}
    assert prune == ["s3", "s2", "s1", "s0"]


def test_daily_keeps_newest_snapshot_of_each_day():
    reasons, _ = plan_retention(twice_daily(5), keep_daily=3)
    assert sorted(reasons) == ["s5", "s7", "s9"]


def test_weekly_keeps_newest_snapshot_of_each_week():
    reasons, _ = plan_retention(twice_daily(21), keep_weekly=2)
    assert reasons == {"s41": ["weekly"], "s27": ["weekly"]}


def test_pinned_snapshot_survives_every_tier():
    snaps = twice_daily(4)
    snaps[0]["pinned"] = True
    reasons, prune = plan_retention(snaps, keep_last=1)
    assert reasons == {"s7": ["last"], "s0": ["pinned"]}
    assert "s0" not in prune


def test_describe():
    text = describe(twice_daily(2), keep_last=1, keep_daily=2)
    assert text == "keep s1: daily\nkeep s3: last, daily\nprune s0\nprune s2"


def test_negative_counts_are_rejected():
    with pytest.raises(ValueError):
        plan_retention(twice_daily(1), keep_daily=-1)
