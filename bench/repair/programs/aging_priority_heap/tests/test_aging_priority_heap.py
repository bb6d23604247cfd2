import pytest

from aging_priority_heap import AgingPriorityQueue


def test_more_urgent_job_first():
    q = AgingPriorityQueue(interval=60)
    q.push("report", 5, now=0)
    q.push("page-oncall", 1, now=0)
    assert q.pop(now=0)[0] == "page-oncall"
    assert q.pop(now=0)[0] == "report"


def test_fifo_among_equal_priority():
    q = AgingPriorityQueue(interval=60)
    for name in ("a", "b", "c"):
        q.push(name, 3, now=10)
    assert [job for job, _ in q.drain(now=10)] == ["a", "b", "c"]


def test_old_low_priority_job_eventually_wins():
    q = AgingPriorityQueue(interval=60)
    q.push("backfill", 5, now=0)
    q.push("email", 2, now=240)
    assert q.pop(now=240)[0] == "backfill"


def test_urgent_job_beats_slightly_older_job():
    q = AgingPriorityQueue(interval=60)
    q.push("backfill", 5, now=0)
    q.push("email", 1, now=60)
    assert q.pop(now=60)[0] == "email"


def test_effective_priority_reported_on_pop():
    q = AgingPriorityQueue(interval=60)
    q.push("job", 4, now=0)
    assert q.pop(now=120) == ("job", 2.0)


def test_pop_empty_raises():
    with pytest.raises(IndexError):
        AgingPriorityQueue().pop(now=0)
