import pytest

from group_stats_merge import GroupStats

RECORDS = [
    {"tool": "search", "status": "ok", "ms": 120},
    {"tool": "search", "status": "ok", "ms": 80},
    {"tool": "fetch", "status": "ok", "ms": 300},
    {"tool": "search", "status": "error", "ms": 15},
    {"tool": "fetch", "status": "ok", "ms": None},
]


def test_single_shard_summary():
    rows = GroupStats(["tool", "status"], "ms").add_all(RECORDS).summary()
    assert rows == [
        {"tool": "fetch", "status": "ok", "count": 1, "sum": 300.0, "mean": 300.0, "min": 300, "max": 300},
        {"tool": "search", "status": "error", "count": 1, "sum": 15.0, "mean": 15.0, "min": 15, "max": 15},
        {"tool": "search", "status": "ok", "count": 2, "sum": 200.0, "mean": 100.0, "min": 80, "max": 120},
    ]


def test_merge_two_shards():
    left = GroupStats(["tool"], "ms").add_all(RECORDS[:2])
    right = GroupStats(["tool"], "ms").add_all(RECORDS[2:])
    rows = left.merge(right).summary()
    assert [(r["tool"], r["count"], r["mean"]) for r in rows] == [
        ("fetch", 1, 300.0),
        ("search", 3, pytest.approx(215 / 3)),
    ]


def test_merge_rejects_other_fields():
    with pytest.raises(ValueError):
        GroupStats(["tool"], "ms").merge(GroupStats(["status"], "ms"))
