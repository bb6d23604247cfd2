from digest_batcher import DigestBatcher


def test_window_restarts_after_size_flush():
    batcher = DigestBatcher(window=100, max_items=2)
    batcher.add("cy", 1, now=0)
    assert batcher.add("cy", 2, now=10)["items"] == [1, 2]
    batcher.add("cy", 3, now=90)
    assert batcher.due(now=150) == []
    assert batcher.due(now=190) == [{"user": "cy", "opened": 90, "items": [3]}]


def test_flush_all_after_size_flush_has_no_empty_digest():
    batcher = DigestBatcher(window=100, max_items=1)
    assert batcher.add("cy", "only", now=3)["items"] == ["only"]
    assert batcher.flush_all() == []
    assert batcher.due(now=10_000) == []


def test_due_orders_oldest_first_and_keeps_fresh_ones():
    batcher = DigestBatcher(window=50, max_items=10)
    batcher.add("zed", "z", now=5)
    batcher.add("amy", "a", now=20)
    batcher.add("bob", "b", now=60)
    flushed = batcher.due(now=70)
    assert [d["user"] for d in flushed] == ["zed", "amy"]
    assert batcher.pending("bob") == 1
    assert batcher.pending("zed") == 0


def test_users_batch_independently():
    batcher = DigestBatcher(window=1000, max_items=2)
    assert batcher.add("a", 1, now=0) is None
    assert batcher.add("b", 1, now=1) is None
    assert batcher.add("a", 2, now=2) == {"user": "a", "opened": 0, "items": [1, 2]}
    assert batcher.add("a", 3, now=7) is None
    assert batcher.add("b", 2, now=8) == {"user": "b", "opened": 1, "items": [1, 2]}
    assert batcher.add("a", 4, now=9) == {"user": "a", "opened": 7, "items": [3, 4]}
