from ab_bucket_ranges import assign, bucket_of, bucket_ranges, variant_for_bucket


def test_partial_rollout_edges():
    rollout = [("on", 10)]
    assert variant_for_bucket(0, rollout) == "on"
    assert variant_for_bucket(999, rollout) == "on"
    assert variant_for_bucket(1000, rollout) is None
    assert variant_for_bucket(9999, rollout) is None


def test_three_way_split_edges():
    split = [("a", 33.33), ("b", 33.33), ("c", 33.34)]
    assert bucket_ranges(split) == [("a", 0, 3333), ("b", 3333, 6666), ("c", 6666, 10_000)]
    assert variant_for_bucket(3332, split) == "a"
    assert variant_for_bucket(3333, split) == "b"
    assert variant_for_bucket(6665, split) == "b"
    assert variant_for_bucket(6666, split) == "c"
    assert variant_for_bucket(9999, split) == "c"


def test_zero_percent_variant_gets_no_buckets():
    split = [("paused", 0), ("live", 100)]
    assert variant_for_bucket(0, split) == "live"
    assert variant_for_bucket(5000, split) == "live"


def test_small_bucket_space():
    split = [("x", 25), ("y", 25)]
    assert [variant_for_bucket(b, split, buckets=100) for b in (24, 25, 49, 50)] == [
        "x", "y", "y", None,
    ]


def test_assign_matches_bucket_lookup():
    split = [("control", 20), ("treatment", 30)]
    for i in range(300):
        user = f"u{i}"
        expected = variant_for_bucket(bucket_of("exp-9", user), split)
        assert assign("exp-9", user, split) == expected


def test_experiments_split_independently():
    a = [bucket_of("exp-a", f"u{i}") for i in range(200)]
    b = [bucket_of("exp-b", f"u{i}") for i in range(200)]
    assert a != b
