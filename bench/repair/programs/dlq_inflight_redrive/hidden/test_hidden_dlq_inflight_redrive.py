import pytest

from dlq_inflight_redrive import DeadLetterQueue


def test_stats_through_retry_cycle():
    q = DeadLetterQueue(max_attempts=3)
    q.enqueue("a", None)
    q.enqueue("b", None)
    q.take()
    q.fail("a", "e1")
    assert q.stats() == {"ready": 2, "in_flight": 0, "dead": 0}
    q.take()
    q.take()
    assert q.stats() == {"ready": 0, "in_flight": 2, "dead": 0}
    q.fail("a", "e2")
    q.complete("b")
    assert q.stats() == {"ready": 1, "in_flight": 0, "dead": 0}


def test_failing_twice_without_retaking_is_an_error():
    q = DeadLetterQueue()
    q.enqueue("a", None)
    q.take()
    q.fail("a", "e1")
    with pytest.raises(KeyError):
        q.fail("a", "e2")


def test_complete_unknown_job():
    q = DeadLetterQueue()
    q.enqueue("a", None)
    assert q.complete("a") is False
    q.take()
    assert q.complete("a") is True
    assert q.complete("a") is False


def test_redrive_gives_fresh_attempt_budget_and_keeps_history():
    q = DeadLetterQueue(max_attempts=2)
    q.enqueue("a", None)
    for err in ("e1", "e2"):
        q.fail(q.take().id, err)
    assert q.stats() == {"ready": 0, "in_flight": 0, "dead": 1}
    q.redrive()
    assert q.stats() == {"ready": 1, "in_flight": 0, "dead": 0}
    assert q.fail(q.take().id, "e3") == "retry"
    assert q.fail(q.take().id, "e4") == "dead"
    assert q.dead["a"].errors == ["e1", "e2", "e3", "e4"]
    assert q.stats() == {"ready": 0, "in_flight": 0, "dead": 1}


def test_redrive_subset_ignores_unknown_ids():
    q = DeadLetterQueue(max_attempts=1)
    for name in ("a", "b", "c"):
        q.enqueue(name, None)
    for _ in range(3):
        q.fail(q.take().id, "x")
    assert q.redrive(["c", "zzz", "a"]) == ["c", "a"]
    assert sorted(q.dead) == ["b"]
    assert q.stats() == {"ready": 2, "in_flight": 0, "dead": 1}
    assert [q.take().id, q.take().id] == ["c", "a"]
