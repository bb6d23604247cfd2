import pytest

from group_stats_merge import GroupStats


def shard(rows):
    return GroupStats(["region"], "amount").add_all(rows)


def test_merge_matches_single_pass():
    rows = [{"region": r, "amount": a} for r, a in
            [("eu", 3), ("us", 5), ("eu", 7), ("ap", 1), ("us", -2), ("eu", 4), ("ap", 9)]]
    whole = shard(rows).summary()
    merged = shard(rows[:3]).merge(shard(rows[3:5])).merge(shard(rows[5:])).summary()
    assert merged == whole


def test_merge_into_empty_shard():
    target = shard([])
    target.merge(shard([{"region": "eu", "amount": 2}, {"region": "eu", "amount": 6}]))
    assert target.summary() == [
        {"region": "eu", "count": 2, "sum": 8.0, "mean": 4.0, "min": 2, "max": 6}
    ]


def test_merge_keeps_extremes_and_counts():
    a = shard([{"region": "x", "amount": 10}])
    b = shard([{"region": "x", "amount": 1}, {"region": "x", "amount": 20}, {"region": "y", "amount": 0}])
    rows = {r["region"]: r for r in a.merge(b).summary()}
    assert rows["x"]["count"] == 3 and rows["x"]["min"] == 1 and rows["x"]["max"] == 20
    assert rows["x"]["mean"] == pytest.approx(31 / 3)
    assert rows["y"] == {"region": "y", "count": 1, "sum": 0.0, "mean": 0.0, "min": 0, "max": 0}


def test_merging_a_shard_twice_doubles_counts():
    a = shard([{"region": "q", "amount": 4}])
    b = shard([{"region": "q", "amount": 2}])
    a.merge(b).merge(b)
    assert a.summary()[0]["count"] == 3
    assert a.summary()[0]["sum"] == 8.0
