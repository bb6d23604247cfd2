from digest_batcher import DigestBatcher


def test_full_batch_is_returned_immediately():
    batcher = DigestBatcher(window=60, max_items=3)
    assert batcher.add("ana", "a", now=0) is None
    assert batcher.add("ana", "b", now=1) is None
    digest = batcher.add("ana", "c", now=2)
    assert digest == {"user": "ana", "opened": 0, "items": ["a", "b", "c"]}
    assert batcher.pending("ana") == 0


def test_due_flushes_after_window():
    batcher = DigestBatcher(window=60, max_items=10)
    batcher.add("ana", "a", now=0)
    batcher.add("ana", "b", now=30)
    assert batcher.due(now=59) == []
    assert batcher.due(now=60) == [{"user": "ana", "opened": 0, "items": ["a", "b"]}]
    assert batcher.due(now=200) == []


def test_digests_report_when_they_opened():
    batcher = DigestBatcher(window=600, max_items=2)
    first = [batcher.add("bo", n, now=t) for n, t in (("a", 5), ("b", 10))]
    second = [batcher.add("bo", n, now=t) for n, t in (("c", 40), ("d", 45))]
    assert first[-1]["opened"] == 5
    assert second[-1]["opened"] == 40


def test_flush_all_on_shutdown():
    batcher = DigestBatcher(window=600, max_items=5)
    batcher.add("bo", "x", now=1)
    batcher.add("ana", "y", now=2)
    users = [d["user"] for d in batcher.flush_all()]
    assert users == ["ana", "bo"]
    assert batcher.flush_all() == []
